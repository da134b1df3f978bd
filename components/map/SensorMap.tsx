"use client";
/**
 * The citizen map: clusters and sensors of the current view (GET /api/v1/sensors/clusters), areas and
 * routes as shapes when zoomed in, a "near me" button, and beside the map the list of what is in view —
 * the keyboard and screen-reader alternative to the map, announced politely when it changes.
 *
 * The position lives in the URL (lat, lon, zoom; replaced while panning, so the back button steps through
 * filter changes), the filters come from the page (validated on the server).
 */
import type { Map as LeafletMap } from "leaflet";
import type { LineString, Polygon as GeoPolygon } from "geojson";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Marker, Polygon, Polyline, Popup } from "react-leaflet";
import { Link } from "@/lib/i18n/navigation";
import { mapHome, regionBBox } from "@/lib/config";
import { sensorTypes } from "@/lib/vocab";
import type { MapCluster, MapResponse, MapSensor } from "@/db/sensors";
import { SensorTypeMark } from "@/components/sensors/SensorTypeMark";
import MapCanvas from "./MapCanvas";
import { clusterIcon, sensorIcon, shapeStyle } from "./markers";

type Locale = "nl" | "en";
type View = { lat: number; lon: number; zoom: number };
type Locate = null | "busy" | "done" | "denied" | "unavailable" | "unsupported" | "outside";

const LIST_LIMIT = 150;
const DIRECTIONS = ["topLeft", "top", "topRight", "left", "centre", "right", "bottomLeft", "bottom", "bottomRight"] as const;

/** The map position in the URL, when it is complete and sane. */
function viewFromParams(p: URLSearchParams): View | null {
  const lat = Number(p.get("lat"));
  const lon = Number(p.get("lon"));
  const zoom = Number(p.get("zoom"));
  if (!p.get("lat") || !p.get("lon") || !p.get("zoom")) return null;
  if (!(lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180 && zoom >= 0 && zoom <= 22)) return null;
  return { lat, lon, zoom: Math.round(zoom) };
}

const isCluster = (f: MapCluster | MapSensor): f is MapCluster => "count" in f.properties;
const latLngs = (coords: number[][]) => coords.map(([lon, lat]) => [lat!, lon!] as [number, number]);

export default function SensorMap({ locale, filterQuery, listHref }: { locale: Locale; filterQuery: string; listHref: string }) {
  const t = useTranslations("map");
  const searchParams = useSearchParams();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [data, setData] = useState<MapResponse | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "error">("loading");
  /** The zoom level of what the list shows (data-zoom): lets the end-to-end tests wait until it is current. */
  const [loadedZoom, setLoadedZoom] = useState<number | null>(null);
  const [locate, setLocate] = useState<Locate>(null);
  const initial = useMemo(() => viewFromParams(new URLSearchParams(searchParams.toString())), []); // eslint-disable-line react-hooks/exhaustive-deps
  const filters = useRef(filterQuery);
  const abort = useRef<AbortController | null>(null);
  /**
   * A cluster opened from the list (the keyboard's way in): its size and the zoom it opens at. Once that view
   * is listed, focus moves to the list's first item (the cluster's button is gone by then) and the list's live
   * line says what happened; the next view clears it.
   */
  const [opened, setOpened] = useState<{ count: number; zoom: number; shown: boolean } | null>(null);
  const focusAtZoom = useRef<number | null>(null);
  const listRef = useRef<HTMLElement>(null);

  /** Loads what is in view, and writes the position into the URL. */
  const load = useCallback(async (m: LeafletMap) => {
    const b = m.getBounds();
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
      .map((x) => x.toFixed(6))
      .join(",");
    const zoom = m.getZoom();
    const c = m.getCenter();
    const url = new URLSearchParams(filters.current);
    // The place searched for stays in the address: the page lists the places found beside the map.
    const place = new URLSearchParams(window.location.search).get("place");
    if (place) url.set("place", place);
    url.set("lat", c.lat.toFixed(5));
    url.set("lon", c.lng.toFixed(5));
    url.set("zoom", String(zoom));
    if (window.location.search !== `?${url}`) window.history.replaceState(null, "", `${window.location.pathname}?${url}`);

    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    const q = new URLSearchParams(filters.current);
    q.set("bbox", bbox);
    q.set("zoom", String(zoom));
    try {
      const res = await fetch(`/api/v1/sensors/clusters?${q}`, { signal: ctrl.signal });
      if (!res.ok) throw new Error(String(res.status));
      setData((await res.json()) as MapResponse);
      setLoadedZoom(zoom);
      setState("ready");
      setOpened((o) => (!o ? null : o.zoom === zoom && !o.shown ? { ...o, shown: true } : o.shown ? null : o));
    } catch (e) {
      if ((e as Error).name !== "AbortError") setState("error");
    }
  }, []);

  // Follow the map: load after every move (debounced).
  useEffect(() => {
    if (!map) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(map), 120);
    };
    map.on("moveend", onMove);
    void load(map);
    return () => {
      clearTimeout(timer);
      map.off("moveend", onMove);
    };
  }, [map, load]);

  // New filters (from the filter form): load again.
  useEffect(() => {
    if (filters.current === filterQuery) return;
    filters.current = filterQuery;
    if (map) void load(map);
  }, [filterQuery, map, load]);

  // Back and forward: move the map to the position in the URL. Only on history navigation (popstate): the
  // router also reports the map's own address updates (history.replaceState above) as new search parameters,
  // late, and following those moved the map back to where it was a moment before.
  useEffect(() => {
    if (!map) return;
    const onPop = () => {
      const v = viewFromParams(new URLSearchParams(window.location.search));
      if (!v) return;
      const c = map.getCenter();
      if (Math.abs(c.lat - v.lat) > 1e-4 || Math.abs(c.lng - v.lon) > 1e-4 || map.getZoom() !== v.zoom) map.setView([v.lat, v.lon], v.zoom);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [map]);

  // After a cluster was opened from the list: focus the first item of the new view (or the list's heading).
  useEffect(() => {
    if (focusAtZoom.current === null || loadedZoom !== focusAtZoom.current) return;
    focusAtZoom.current = null;
    const list = listRef.current;
    (list?.querySelector<HTMLElement>(".map-list__items a, .map-list__items button") ?? list?.querySelector<HTMLElement>("h2"))?.focus();
  }, [data, loadedZoom]);

  const nearMe = () => {
    if (!map) return;
    if (!("geolocation" in navigator)) return setLocate("unsupported");
    setLocate("busy");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { latitude: lat, longitude: lon } = pos.coords;
        const [w, s, e, n] = regionBBox;
        if (lon < w || lon > e || lat < s || lat > n) return setLocate("outside");
        map.setView([lat, lon], 16);
        setLocate("done");
      },
      (err) => setLocate(err.code === err.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  const features = data?.features ?? [];
  const clusters = features.filter(isCluster);
  const sensors = features.filter((f): f is MapSensor => !isCluster(f));
  const listed = sensors.filter((f) => !f.properties.inCluster).sort((a, b) => a.properties.name.localeCompare(b.properties.name, locale));
  const zoomTo = (c: MapCluster) => map?.setView([c.geometry.coordinates[1]!, c.geometry.coordinates[0]!], c.properties.expansionZoom);
  const openFromList = (c: MapCluster) => {
    focusAtZoom.current = c.properties.expansionZoom;
    setOpened({ count: c.properties.count, zoom: c.properties.expansionZoom, shown: false });
    zoomTo(c);
  };

  /** Where a cluster lies on the screen, in words (3 × 3 grid). */
  const direction = (c: MapCluster) => {
    if (!map) return t("direction.centre");
    const size = map.getSize();
    const p = map.latLngToContainerPoint([c.geometry.coordinates[1]!, c.geometry.coordinates[0]!]);
    const col = Math.min(2, Math.max(0, Math.floor((p.x / size.x) * 3)));
    const row = Math.min(2, Math.max(0, Math.floor((p.y / size.y) * 3)));
    return t(`direction.${DIRECTIONS[row * 3 + col]!}`);
  };

  const typeLabel = (f: MapSensor) => {
    const parts = [sensorTypes.label(f.properties.type, locale)];
    const shape = f.properties.shape ?? (f.geometry.type === "Point" ? undefined : f.geometry.type);
    if (shape === "Polygon") parts.push(t("area"));
    if (shape === "LineString") parts.push(t("route"));
    if (f.properties.ended) parts.push(t("ended"));
    return parts.join(", ");
  };

  const popup = (f: MapSensor) => (
    <Popup>
      <strong className="map-popup__name">{f.properties.name}</strong>
      <span className="map-popup__type">{typeLabel(f)}</span>
      <Link href={`/sensors/${f.id}`} className="map-popup__link">
        {t("popupDetails")}
      </Link>
    </Popup>
  );

  const items = [...listed.map((f) => ({ kind: "sensor" as const, f })), ...clusters.sort((a, b) => b.properties.count - a.properties.count).map((f) => ({ kind: "cluster" as const, f }))];
  const shown = items.slice(0, LIST_LIMIT);
  const summary =
    state === "error" ? t("listError") : state === "loading" && !data ? t("listLoading") : t("listSummary", { count: data?.meta.total ?? 0 });

  return (
    <div className="sensor-map">
      <div className="sensor-map__tools">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={nearMe} disabled={!map || locate === "busy"}>
          <span aria-hidden="true">◎ </span>
          {t("nearMe")}
        </button>
        <p className="sensor-map__locate" role="status">
          {locate ? t(locate === "busy" ? "nearMeBusy" : locate === "done" ? "nearMeDone" : locate === "denied" ? "nearMeDenied" : locate === "unavailable" ? "nearMeUnavailable" : locate === "unsupported" ? "nearMeUnsupported" : "nearMeOutside") : <span className="muted">{t("nearMePrivacy")}</span>}
        </p>
      </div>
      <div className="sensor-map__body">
        <MapCanvas
          label={t("mapLabel")}
          center={initial ? [initial.lat, initial.lon] : mapHome.center}
          zoom={initial?.zoom ?? mapHome.zoom}
          mapRef={setMap}
          className="sensor-map__canvas"
        >
          {features.map((f) => {
            if (isCluster(f)) {
              const [lon, lat] = f.geometry.coordinates as [number, number];
              return (
                <Marker
                  key={f.id}
                  position={[lat, lon]}
                  icon={clusterIcon(f.properties.count, locale)}
                  title={t("clusterTitle", { count: f.properties.count })}
                  keyboard={false}
                  eventHandlers={{ click: () => zoomTo(f) }}
                />
              );
            }
            const p = f.properties;
            const shape = f.geometry.type === "Point" ? null : f.geometry;
            const anchor = (p.anchor ?? (f.geometry.type === "Point" ? f.geometry.coordinates : null)) as [number, number] | null;
            return (
              <FeatureLayer key={f.id}>
                {shape?.type === "Polygon" && (
                  <Polygon positions={(shape as GeoPolygon).coordinates.map(latLngs)} pathOptions={shapeStyle(p.type, p.ended, p.inCluster)}>
                    {popup(f)}
                  </Polygon>
                )}
                {shape?.type === "LineString" && (
                  <Polyline positions={latLngs((shape as LineString).coordinates)} pathOptions={shapeStyle(p.type, p.ended, p.inCluster)}>
                    {popup(f)}
                  </Polyline>
                )}
                {anchor && !p.inCluster && (
                  <Marker
                    position={[anchor[1], anchor[0]]}
                    icon={sensorIcon(p.type, p.shape ?? (shape ? shape.type : "Point"), !!p.ended)}
                    title={p.name}
                    keyboard={false}
                  >
                    {popup(f)}
                  </Marker>
                )}
              </FeatureLayer>
            );
          })}
        </MapCanvas>

        <section className="map-list" aria-labelledby="map-list-title" data-zoom={loadedZoom ?? undefined} ref={listRef}>
          <h2 id="map-list-title" className="utrecht-heading-2 map-list__title" tabIndex={-1}>
            {t("listTitle")}
          </h2>
          <p role="status" className="map-list__summary">
            {opened?.shown ? `${t("clusterOpened", { count: opened.count })} ${summary}` : summary}
          </p>
          {data?.meta.truncated && <p className="notice notice--warning">{t("truncated")}</p>}
          {state !== "error" && data && data.meta.total === 0 && <p className="muted">{t("listEmptyHint")}</p>}
          {shown.length > 0 && (
            <ul className="map-list__items">
              {shown.map((item) =>
                item.kind === "sensor" ? (
                  <li key={item.f.id} className="map-list__item">
                    <SensorTypeMark type={item.f.properties.type} shape={item.f.properties.shape ?? (item.f.geometry.type as "Point")} ended={!!item.f.properties.ended} />
                    <span>
                      <Link href={`/sensors/${item.f.id}`}>{item.f.properties.name}</Link>
                      <span className="map-list__meta">{typeLabel(item.f)}</span>
                    </span>
                  </li>
                ) : (
                  <li key={item.f.id} className="map-list__item">
                    <span aria-hidden="true" className="sensor-cluster__disc sensor-cluster__disc--small">
                      {item.f.properties.count}
                    </span>
                    <button type="button" className="map-list__zoom" onClick={() => openFromList(item.f)}>
                      {t("clusterButton", { count: item.f.properties.count, direction: direction(item.f) })}
                    </button>
                  </li>
                ),
              )}
            </ul>
          )}
          {items.length > shown.length && <p className="muted">{t("listMore", { count: items.length - shown.length })}</p>}
          <p className="map-list__to-list">
            <a href={listHref}>{t("listLink")}</a>
          </p>
        </section>
      </div>
    </div>
  );
}

function FeatureLayer({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

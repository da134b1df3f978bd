"use client";
/**
 * Where a sensor is: a point, an area or a route. Place it by clicking the map, drag the point, or type
 * coordinates (WGS84, or Dutch RD converted on the spot); find an address through the configured
 * geocoder, which says "not available" when it cannot be reached. Every map action has a typed alternative.
 */
import dynamic from "next/dynamic";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { geocoderUrl } from "@/lib/config";
import { rdToWgs84 } from "@/lib/geo";
import { fieldId, useFieldErrors } from "@/components/form/FieldErrors";
import { RadioGroup, TextArea, TextField } from "@/components/form/fields";
import type { LatLon } from "./LocationPicker";

const LocationPicker = dynamic(() => import("./LocationPicker"), { ssr: false });

type Mode = "Point" | "LineString" | "Polygon";
interface Geometry {
  type: Mode;
  coordinates: unknown;
}

/** Points of a geometry as [lat, lon] (the ring of a polygon without its closing point). */
function toPoints(g: Geometry | undefined): LatLon[] {
  if (!g) return [];
  const flip = (c: number[]) => [c[1], c[0]] as LatLon;
  if (g.type === "Point") return Array.isArray(g.coordinates) ? [flip(g.coordinates as number[])] : [];
  if (g.type === "LineString") return ((g.coordinates as number[][]) ?? []).map(flip);
  const ring = ((g.coordinates as number[][][]) ?? [])[0] ?? [];
  return ring.slice(0, -1).map(flip);
}

function toGeometry(mode: Mode, points: LatLon[]): Geometry | undefined {
  if (!points.length) return undefined;
  const c = points.map(([lat, lon]) => [lon, lat]);
  if (mode === "Point") return { type: "Point", coordinates: c[0] };
  if (mode === "LineString") return { type: "LineString", coordinates: c };
  return { type: "Polygon", coordinates: [[...c, c[0]]] };
}

const num = (s: string) => (s.trim() === "" ? NaN : Number(s.trim().replace(",", ".")));
const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : String(Math.round(n * 1e6) / 1e6));
const linesOf = (points: LatLon[]) => points.map(([lat, lon]) => `${fmt(lat)}, ${fmt(lon)}`).join("\n");

interface GeocodeHit {
  label: string;
  point: LatLon;
}

export function LocationEditor({ value, onChange }: { value: Geometry | undefined; onChange: (g: Geometry | undefined) => void }) {
  const t = useTranslations("location");
  const [mode, setMode] = useState<Mode>(value?.type ?? "Point");
  const points = toPoints(value);
  const [lat, setLat] = useState(fmt(points[0]?.[0]));
  const [lon, setLon] = useState(fmt(points[0]?.[1]));
  const [lines, setLines] = useState(linesOf(points));
  const [rd, setRd] = useState({ x: "", y: "" });
  const [rdError, setRdError] = useState(false);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<GeocodeHit[] | null>(null);
  const [geocodeState, setGeocodeState] = useState<"idle" | "busy" | "unavailable" | "none">("idle");
  const geometryErrors = useFieldErrors("geometry", mode !== "Point");

  const setPoints = (next: LatLon[], m: Mode = mode) => {
    onChange(toGeometry(m, next));
    if (m === "Point") {
      setLat(fmt(next[0]?.[0]));
      setLon(fmt(next[0]?.[1]));
    } else setLines(linesOf(next));
  };
  const typedPoint = (la: string, lo: string) => {
    setLat(la);
    setLon(lo);
    // Typed values go to the server as typed (NaN becomes null): it answers with a clear message.
    onChange(la.trim() === "" && lo.trim() === "" ? undefined : { type: "Point", coordinates: [num(lo), num(la)] });
  };
  const typedLines = (text: string) => {
    setLines(text);
    const pts = text
      .split("\n")
      .map((l) => l.split(/[,;\s]+/).filter(Boolean).map(num))
      .filter((p) => p.length === 2 && p.every((n) => !Number.isNaN(n))) as LatLon[];
    onChange(toGeometry(mode, pts));
  };
  const switchMode = (m: string) => {
    const next = m as Mode;
    setMode(next);
    const keep = next === "Point" ? points.slice(0, 1) : points;
    setPoints(keep, next);
  };
  const convertRd = () => {
    const x = num(rd.x);
    const y = num(rd.y);
    if (Number.isNaN(x) || Number.isNaN(y) || x < -7000 || x > 300000 || y < 289000 || y > 629000) {
      setRdError(true);
      return;
    }
    setRdError(false);
    const [lo, la] = rdToWgs84(x, y);
    if (mode === "Point") setPoints([[la, lo]]);
    else setPoints([...points, [la, lo]]);
  };
  const search = async () => {
    if (!geocoderUrl || !query.trim()) return;
    setGeocodeState("busy");
    try {
      const url = `${geocoderUrl}?${new URLSearchParams({ q: query.trim(), rows: "5", fl: "weergavenaam,centroide_ll" })}`;
      const res = await fetch(url, { signal: AbortSignal.timeout(8000) });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { response?: { docs?: { weergavenaam?: string; centroide_ll?: string }[] } };
      const found = (body.response?.docs ?? [])
        .map((d) => {
          const m = /POINT\(([-\d.]+) ([-\d.]+)\)/.exec(d.centroide_ll ?? "");
          return m ? { label: d.weergavenaam ?? query, point: [Number(m[2]), Number(m[1])] as LatLon } : null;
        })
        .filter((h): h is GeocodeHit => !!h);
      setHits(found);
      setGeocodeState(found.length ? "idle" : "none");
    } catch {
      setHits(null);
      setGeocodeState("unavailable");
    }
  };

  return (
    <fieldset className="utrecht-form-fieldset location-editor" id={fieldId("geometry")}>
      <legend className="utrecht-form-fieldset__legend">{t("legend")}</legend>
      {geometryErrors.length > 0 && (
        <p className="utrecht-form-field-error-message" id="geometry-error">
          {geometryErrors.join(" ")}
        </p>
      )}
      <RadioGroup
        name="geometryType"
        label={t("shape")}
        required
        value={mode}
        onChange={switchMode}
        options={[
          { value: "Point", label: t("point") },
          { value: "Polygon", label: t("area") },
          { value: "LineString", label: t("route") },
        ]}
      />
      <p className="utrecht-form-field-description" id="map-help">
        {mode === "Point" ? t("mapHelpPoint") : t("mapHelpShape")}
      </p>
      <div className="location-editor__map">
        <LocationPicker
          mode={mode}
          points={points.filter((p) => p.every((n) => Number.isFinite(n)))}
          label={t("mapLabel")}
          onClick={(p) => setPoints(mode === "Point" ? [p] : [...points, p])}
          onDrag={(p) => setPoints([p])}
        />
      </div>
      {mode !== "Point" && points.length > 0 && (
        <p className="button-row">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setPoints(points.slice(0, -1))}>
            {t("undo")}
          </button>{" "}
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setPoints([])}>
            {t("clear")}
          </button>
        </p>
      )}
      {mode === "Point" ? (
        <div className="field-row">
          <TextField name="latitude" label={t("latitude")} hint={t("latitudeHint")} required inputMode="decimal" value={lat} onChange={(v) => typedPoint(v, lon)} errorPath="geometry.coordinates.1" />
          <TextField name="longitude" label={t("longitude")} hint={t("longitudeHint")} required inputMode="decimal" value={lon} onChange={(v) => typedPoint(lat, v)} errorPath="geometry.coordinates.0" />
        </div>
      ) : (
        <TextArea name="coordinates" label={t("coordinates")} hint={t("coordinatesHint")} required rows={5} value={lines} onChange={typedLines} errorPath="geometry.coordinates" />
      )}
      <details className="location-editor__rd">
        <summary>{t("rdTitle")}</summary>
        <div className="field-row">
          <TextField name="rdX" label={t("rdX")} inputMode="decimal" value={rd.x} onChange={(x) => setRd({ ...rd, x })} />
          <TextField name="rdY" label={t("rdY")} inputMode="decimal" value={rd.y} onChange={(y) => setRd({ ...rd, y })} />
        </div>
        {rdError && <p className="utrecht-form-field-error-message">{t("rdInvalid")}</p>}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={convertRd}>
          {t("rdConvert")}
        </button>
      </details>
      {geocoderUrl && (
        <div className="location-editor__search">
          <TextField name="addressQuery" type="search" label={t("address")} hint={t("addressHint")} value={query} onChange={setQuery} />
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={search} disabled={geocodeState === "busy"}>
            {geocodeState === "busy" ? t("searching") : t("search")}
          </button>
          <div role="status" aria-live="polite">
            {geocodeState === "unavailable" && <p className="notice notice--warning">{t("geocoderUnavailable")}</p>}
            {geocodeState === "none" && <p>{t("noAddress")}</p>}
          </div>
          {hits && hits.length > 0 && (
            <ul className="location-editor__hits">
              {hits.map((h) => (
                <li key={h.label}>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => {
                      setPoints(mode === "Point" ? [h.point] : [...points, h.point]);
                      setHits(null);
                    }}
                  >
                    {h.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}

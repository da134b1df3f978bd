"use client";
/**
 * Where a sensor is: a point, an area or a route. The typed fields are the location (form values
 * `geometryType`, `latitude`, `longitude`, `coordinates`; lib/schemas/form-data.ts turns them into GeoJSON), so
 * it works without JavaScript, where the map is not there; converting Dutch RD coordinates then goes by the
 * server. With JavaScript the map places the point (click, drag) or adds corners, RD is converted on the spot,
 * and an address can be looked up through the configured geocoder, which says "not available" when it cannot
 * be reached. Every map action has a typed alternative.
 */
import dynamic from "next/dynamic";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { geocoderUrl } from "@/lib/config";
import {
  GEOMETRY_TYPES,
  formatCoordinate,
  parseCoordinateLines,
  parseDecimal,
  rdPoint,
  withPoint,
  type GeometryType,
} from "@/lib/schemas/form-data";
import { fieldId, useFieldErrors } from "@/components/form/FieldErrors";
import { RadioGroup, TextArea, TextField } from "@/components/form/fields";
import { IntentButton, Switchable, useHydrated } from "@/components/form/progressive";
import type { LatLon } from "./LocationPicker";
import type { FormValues, SetValue } from "./form-state";

const LocationPicker = dynamic(() => import("./LocationPicker"), { ssr: false });

interface GeocodeHit {
  label: string;
  point: LatLon;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The points the map shows: the typed point, or the first block of typed lines (an area's outer ring). */
function pointsOf(values: FormValues, mode: GeometryType): LatLon[] {
  if (mode === "Point") {
    const [lat, lon] = [parseDecimal(str(values.latitude)), parseDecimal(str(values.longitude))];
    return Number.isFinite(lat) && Number.isFinite(lon) ? [[lat, lon]] : [];
  }
  return parseCoordinateLines(str(values.coordinates)).blocks[0] ?? [];
}

/** The coordinates text with the first block (the outer ring, or the route) replaced by these points. */
function withFirstBlock(text: string, points: LatLon[]): string {
  const [, ...rest] = text.replace(/\s+$/, "").split(/\n\s*\n/);
  const first = points.map(([lat, lon]) => `${formatCoordinate(lat)}, ${formatCoordinate(lon)}`).join("\n");
  return [first, ...rest].filter((b, i) => i === 0 || b.trim()).join("\n\n");
}

export function LocationEditor({ values, set }: { values: FormValues; set: SetValue }) {
  const t = useTranslations("location");
  const hydrated = useHydrated();
  const mode: GeometryType = GEOMETRY_TYPES.includes(values.geometryType as GeometryType) ? (values.geometryType as GeometryType) : "Point";
  const points = pointsOf(values, mode);
  const [rdError, setRdError] = useState(false);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<GeocodeHit[] | null>(null);
  const [geocodeState, setGeocodeState] = useState<"idle" | "busy" | "unavailable" | "none">("idle");
  const geometryErrors = useFieldErrors("geometry", mode !== "Point");
  const rdErrors = useFieldErrors("rdX");

  const apply = (patch: FormValues) => {
    for (const [k, v] of Object.entries(patch)) set(k, v);
  };
  const addPoint = (p: LatLon) => apply(withPoint(values, p));
  const setFirstBlock = (next: LatLon[]) => set("coordinates", withFirstBlock(str(values.coordinates), next));
  const switchMode = (m: string) => {
    const next = m as GeometryType;
    // Keep what is there: a point becomes the first corner, the first corner the point.
    if (next !== "Point" && !str(values.coordinates).trim() && points.length) set("coordinates", withFirstBlock("", points));
    if (next === "Point" && !str(values.latitude).trim() && !str(values.longitude).trim() && points.length)
      apply({ latitude: formatCoordinate(points[0]![0]), longitude: formatCoordinate(points[0]![1]) });
    set("geometryType", next);
  };
  const convertRd = () => {
    const p = rdPoint(str(values.rdX), str(values.rdY));
    setRdError(!p);
    if (p) addPoint(p);
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
      {hydrated && (
        <>
          <p className="utrecht-form-field-description" id="map-help">
            {mode === "Point" ? t("mapHelpPoint") : t("mapHelpShape")}
          </p>
          <div className="location-editor__map">
            <LocationPicker
              mode={mode}
              points={points}
              label={t("mapLabel")}
              onClick={(p) => addPoint(p)}
              onDrag={(p) => apply({ latitude: formatCoordinate(p[0]), longitude: formatCoordinate(p[1]) })}
            />
          </div>
          {mode !== "Point" && points.length > 0 && (
            <p className="button-row">
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setFirstBlock(points.slice(0, -1))}>
                {t("undo")}
              </button>{" "}
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => set("coordinates", "")}>
                {t("clear")}
              </button>
            </p>
          )}
        </>
      )}
      {/* Without JavaScript both are on the page (the shape chosen above decides which counts); with it only one. */}
      <Switchable on={mode === "Point"} disabled={false}>
        <div className="field-row">
          <TextField {...textOf(values, set, "latitude")} label={t("latitude")} hint={t("latitudeHint")} required inputMode="decimal" errorPath="geometry.coordinates.1" />
          <TextField {...textOf(values, set, "longitude")} label={t("longitude")} hint={t("longitudeHint")} required inputMode="decimal" errorPath="geometry.coordinates.0" />
        </div>
      </Switchable>
      <Switchable on={mode !== "Point"} disabled={false}>
        <TextArea {...textOf(values, set, "coordinates")} label={t("coordinates")} hint={t("coordinatesHint")} required rows={5} errorPath="geometry.coordinates" />
      </Switchable>
      <details className="location-editor__rd" open={!!rdErrors.length || undefined}>
        <summary>{t("rdTitle")}</summary>
        <div className="field-row">
          <TextField {...textOf(values, set, "rdX")} label={t("rdX")} inputMode="decimal" />
          <TextField {...textOf(values, set, "rdY")} label={t("rdY")} inputMode="decimal" />
        </div>
        {rdError && <p className="utrecht-form-field-error-message">{t("rdInvalid")}</p>}
        <IntentButton intent="rd" onActivate={convertRd}>
          {t("rdConvert")}
        </IntentButton>
      </details>
      {geocoderUrl && hydrated && (
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
                      addPoint(h.point);
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

const textOf = (values: FormValues, set: SetValue, name: string) => ({ name, value: str(values[name]), onChange: (v: string) => set(name, v) });


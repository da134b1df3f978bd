/**
 * Leaflet icons for sensors and clusters, built from HTML (no marker PNGs, so nothing breaks between
 * bundlers). The type is told by letter and colour, the kind of location by shape: round for one spot,
 * square for an area, diamond for a route (same look as SensorTypeMark on the pages).
 */
import L from "leaflet";
import { sensorTypeStyle, type SensorType } from "@/lib/vocab";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type MarkerShape = "Point" | "Polygon" | "LineString";

const iconCache = new Map<string, L.DivIcon>();

/** The icon of one sensor. */
export function sensorIcon(type: string, shape: MarkerShape = "Point", ended = false): L.DivIcon {
  const key = `${type}|${shape}|${ended}`;
  let icon = iconCache.get(key);
  if (!icon) {
    const style = sensorTypeStyle[type as SensorType] ?? sensorTypeStyle.other;
    const kind = shape === "Polygon" ? "area" : shape === "LineString" ? "route" : "point";
    icon = L.divIcon({
      className: "sensor-marker",
      html: `<span aria-hidden="true" class="sensor-mark sensor-mark--${kind}${ended ? " sensor-mark--ended" : ""}" style="--sensor-colour:${style.color}"><span class="sensor-mark__symbol">${escape(style.symbol)}</span></span>`,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
      popupAnchor: [0, -14],
    });
    iconCache.set(key, icon);
  }
  return icon;
}

const clusterNumbers = new Map<string, Intl.NumberFormat>();

/**
 * The number on a cluster in the page's language: in full below 10,000 ("1.234" in Dutch, "1,234" in
 * English), above that shortened ("12K"; the cluster's title and list entry give the full number).
 */
export function clusterLabel(count: number, locale: string): string {
  const compact = count >= 10_000;
  const key = `${locale}|${compact}`;
  let format = clusterNumbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, compact ? { notation: "compact", maximumFractionDigits: 0 } : {});
    clusterNumbers.set(key, format);
  }
  return format.format(count);
}

/** The icon of a cluster: a circle with the number of sensors, larger for larger groups. */
export function clusterIcon(count: number, locale: string): L.DivIcon {
  const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;
  const label = escape(clusterLabel(count, locale));
  return L.divIcon({
    className: "sensor-cluster",
    html: `<span aria-hidden="true" class="sensor-cluster__disc" style="width:${size}px;height:${size}px;line-height:${size}px">${label}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/** Line and fill style of an area or route of this type. */
export function shapeStyle(type: string, ended = false, outline = false): L.PathOptions {
  const colour = (sensorTypeStyle[type as SensorType] ?? sensorTypeStyle.other).color;
  return {
    color: colour,
    weight: 3,
    opacity: 0.9,
    fillColor: colour,
    fillOpacity: outline ? 0.06 : 0.15,
    dashArray: ended ? "6 6" : outline ? "2 6" : undefined,
  };
}

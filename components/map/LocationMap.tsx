"use client";
/** A small map of one sensor's location: its point, area or route, with its type marker. */
import type { Geometry } from "geojson";
import { Marker, Polygon, Polyline } from "react-leaflet";
import MapCanvas from "./MapCanvas";
import { sensorIcon, shapeStyle } from "./markers";

const toLatLng = (c: number[]) => [c[1]!, c[0]!] as [number, number];

export default function LocationMap({
  geometry,
  type,
  ended,
  anchor,
  label,
  name,
}: {
  geometry: Geometry;
  type: string;
  ended: boolean;
  /** [lon, lat] of the marker. */
  anchor: [number, number];
  label: string;
  name: string;
}) {
  const positions =
    geometry.type === "Point" ? [geometry.coordinates] : geometry.type === "LineString" ? geometry.coordinates : geometry.type === "Polygon" ? geometry.coordinates.flat() : [];
  const lats = positions.map((p) => p[1]!);
  const lons = positions.map((p) => p[0]!);
  const bounds: [[number, number], [number, number]] | undefined =
    geometry.type === "Point" ? undefined : [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]];
  const shape = geometry.type === "Polygon" || geometry.type === "LineString" ? geometry.type : "Point";
  return (
    <MapCanvas label={label} center={toLatLng(anchor)} zoom={17} bounds={bounds} scrollWheelZoom={false} className="location-map-small">
      {geometry.type === "Polygon" && <Polygon positions={geometry.coordinates.map((ring) => ring.map(toLatLng))} pathOptions={shapeStyle(type, ended)} />}
      {geometry.type === "LineString" && <Polyline positions={geometry.coordinates.map(toLatLng)} pathOptions={shapeStyle(type, ended)} />}
      <Marker position={toLatLng(anchor)} icon={sensorIcon(type, shape, ended)} title={name} keyboard={false} interactive={false} />
    </MapCanvas>
  );
}

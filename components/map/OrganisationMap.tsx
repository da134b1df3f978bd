"use client";
/** A small map of an organisation's sensors: a marker per sensor (type by letter and colour, kind of location by shape). */
import { Marker } from "react-leaflet";
import type { SensorMark } from "@/db/organisations";
import MapCanvas from "./MapCanvas";
import { sensorIcon } from "./markers";

export default function OrganisationMap({ marks, label }: { marks: SensorMark[]; label: string }) {
  const lats = marks.map((m) => m.lat);
  const lons = marks.map((m) => m.lon);
  const bounds: [[number, number], [number, number]] = [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
  const single = marks.length === 1;
  return (
    <MapCanvas
      label={label}
      center={single ? [lats[0]!, lons[0]!] : undefined}
      zoom={single ? 16 : undefined}
      bounds={single ? undefined : bounds}
      scrollWheelZoom={false}
      className="location-map-small"
    >
      {marks.map((m) => (
        <Marker key={m.publicId} position={[m.lat, m.lon]} icon={sensorIcon(m.type, m.shape, m.ended)} title={m.name} keyboard={false} interactive={false} />
      ))}
    </MapCanvas>
  );
}

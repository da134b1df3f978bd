"use client";
/**
 * The map of the location editor, on the register's shared MapCanvas: click to place a point or add a
 * corner of an area / route, drag the point to move it. Loaded only in the browser (see LocationEditor).
 */
import L from "leaflet";
import { useEffect } from "react";
import { CircleMarker, Marker, Polygon, Polyline, useMap, useMapEvents } from "react-leaflet";
import { mapHome } from "@/lib/config";
import MapCanvas from "@/components/map/MapCanvas";

export type LatLon = [lat: number, lon: number];

const pointIcon = L.divIcon({
  className: "location-pin",
  html: '<span aria-hidden="true">●</span>',
  iconSize: [28, 28],
  iconAnchor: [14, 14],
});

function Clicks({ onClick }: { onClick: (p: LatLon) => void }) {
  useMapEvents({ click: (e) => onClick([e.latlng.lat, e.latlng.lng]) });
  return null;
}

/** Keeps the chosen location in view when it changes from outside (typed coordinates, address search). */
function Follow({ focus }: { focus?: LatLon }) {
  const map = useMap();
  useEffect(() => {
    if (focus && !map.getBounds().contains(focus)) map.setView(focus, Math.max(map.getZoom(), 15));
  }, [focus, map]);
  return null;
}

export default function LocationPicker({
  mode,
  points,
  label,
  onClick,
  onDrag,
}: {
  mode: "Point" | "LineString" | "Polygon";
  points: LatLon[];
  label: string;
  onClick: (p: LatLon) => void;
  onDrag: (p: LatLon) => void;
}) {
  const focus = points.at(-1);
  return (
    <MapCanvas label={label} center={focus ?? mapHome.center} zoom={focus ? 16 : mapHome.zoom} className="location-map">
      <Clicks onClick={onClick} />
      <Follow focus={focus} />
      {mode === "Point" && focus && (
        <Marker
          position={focus}
          icon={pointIcon}
          draggable
          keyboard={false}
          eventHandlers={{
            dragend: (e) => {
              const ll = (e.target as L.Marker).getLatLng();
              onDrag([ll.lat, ll.lng]);
            },
          }}
        />
      )}
      {mode === "LineString" && points.length > 1 && <Polyline positions={points} />}
      {mode === "Polygon" && points.length > 2 && <Polygon positions={points} />}
      {mode !== "Point" && points.map((p, i) => <CircleMarker key={i} center={p} radius={5} />)}
    </MapCanvas>
  );
}

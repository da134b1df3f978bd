"use client";
/**
 * The report page's map (components/say/ReportPointPicker.tsx): click to place the point; the page's own
 * latitude and longitude fields (plain inputs, which work without JavaScript) take its coordinates, and typing
 * in them moves the point. Loaded in the browser only (Leaflet needs `window`).
 */
import { useEffect, useState } from "react";
import LocationPicker, { type LatLon } from "@/components/admin/LocationPicker";

const read = (id: string) => {
  const el = document.getElementById(id) as HTMLInputElement | null;
  const n = el ? Number(el.value.trim().replace(",", ".")) : NaN;
  return el && el.value.trim() !== "" && Number.isFinite(n) ? n : undefined;
};

export default function ReportPointMap({ latId, lonId, label }: { latId: string; lonId: string; label: string }) {
  const [point, setPoint] = useState<LatLon | undefined>(undefined);
  useEffect(() => {
    const sync = () => {
      const lat = read(latId);
      const lon = read(lonId);
      setPoint(lat !== undefined && lon !== undefined ? [lat, lon] : undefined);
    };
    sync();
    const inputs = [document.getElementById(latId), document.getElementById(lonId)];
    inputs.forEach((el) => el?.addEventListener("change", sync));
    return () => inputs.forEach((el) => el?.removeEventListener("change", sync));
  }, [latId, lonId]);
  const place = (p: LatLon) => {
    setPoint(p);
    const [lat, lon] = [document.getElementById(latId), document.getElementById(lonId)] as (HTMLInputElement | null)[];
    if (lat) lat.value = p[0].toFixed(6);
    if (lon) lon.value = p[1].toFixed(6);
  };
  return <LocationPicker mode="Point" points={point ? [point] : []} label={label} onClick={place} onDrag={place} />;
}

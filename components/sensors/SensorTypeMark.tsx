import type { CSSProperties } from "react";
import { sensorTypeStyle, type SensorType } from "@/lib/vocab";

/**
 * The sensor type's map symbol (letter on its colour) in the shape of its geometry: round for one spot,
 * square for an area, diamond for a route. Decorative: the type is always also given in words.
 */
export function SensorTypeMark({
  type,
  shape = "Point",
  ended = false,
}: {
  type: string;
  shape?: "Point" | "Polygon" | "LineString";
  ended?: boolean;
}) {
  const style = sensorTypeStyle[type as SensorType] ?? sensorTypeStyle.other;
  const kind = shape === "Polygon" ? "area" : shape === "LineString" ? "route" : "point";
  return (
    <span
      aria-hidden="true"
      className={`sensor-mark sensor-mark--${kind}${ended ? " sensor-mark--ended" : ""}`}
      style={{ "--sensor-colour": style.color } as CSSProperties}
    >
      <span className="sensor-mark__symbol">{style.symbol}</span>
    </span>
  );
}

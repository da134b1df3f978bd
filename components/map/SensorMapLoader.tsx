"use client";
/** The citizen map, loaded in the browser only (Leaflet needs `window`). */
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Loading() {
  const t = useTranslations("map");
  return (
    <div className="sensor-map sensor-map--loading">
      <p role="status">{t("loading")}</p>
    </div>
  );
}

export const SensorMapLoader = dynamic(() => import("./SensorMap"), { ssr: false, loading: () => <Loading /> });

"use client";
/** The citizen map, loaded in the browser only (Leaflet needs `window`). */
import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

const noSubscription = () => () => {};

/**
 * While the map loads. The server sends an empty placeholder without the "loading" line: in a browser
 * without JavaScript the map never comes, and the page's <noscript> notice says so and links the list and
 * the open data instead. Once the page runs (hydrated), the line shows until the map is there.
 */
function Loading() {
  const t = useTranslations("map");
  const running = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!running) return <div className="sensor-map-pending" />;
  return (
    <div className="sensor-map sensor-map--loading">
      <p role="status">{t("loading")}</p>
    </div>
  );
}

export const SensorMapLoader = dynamic(() => import("./SensorMap"), { ssr: false, loading: () => <Loading /> });

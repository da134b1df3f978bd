"use client";
/** The small location map of a sensor page, loaded in the browser only (Leaflet needs `window`). */
import dynamic from "next/dynamic";

export const LocationMapLoader = dynamic(() => import("./LocationMap"), {
  ssr: false,
  loading: () => <div className="map-canvas location-map-small map-canvas--loading" aria-hidden="true" />,
});

"use client";
/** MapCanvas loaded in the browser only (Leaflet needs `window`); use this from Server or Client Components. */
import dynamic from "next/dynamic";

export const MapCanvasLoader = dynamic(() => import("./MapCanvas"), {
  ssr: false,
  loading: () => <div className="map-canvas map-canvas--loading" aria-hidden="true" />,
});

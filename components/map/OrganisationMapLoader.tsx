"use client";
/** The small map of an organisation's sensors, loaded in the browser only (Leaflet needs `window`). */
import dynamic from "next/dynamic";

export const OrganisationMapLoader = dynamic(() => import("./OrganisationMap"), {
  ssr: false,
  loading: () => <div className="map-canvas location-map-small map-canvas--loading" aria-hidden="true" />,
});

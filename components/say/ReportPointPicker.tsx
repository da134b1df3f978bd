"use client";
/** The report page's map, loaded in the browser only; without JavaScript the coordinate fields do the work. */
import dynamic from "next/dynamic";

export const ReportPointPicker = dynamic(() => import("./ReportPointMap"), {
  ssr: false,
  // Nothing until it has loaded: without JavaScript there is no map to wait for, only the fields.
  loading: () => null,
});

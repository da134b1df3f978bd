"use client";
/**
 * The low-level Leaflet map of the register: tiles and attribution from lib/config.ts, localized zoom
 * buttons, and a visible notice when the background tiles cannot be loaded (no network, blocked tile
 * server) — the map and what is drawn on it stay usable. Children are react-leaflet layers.
 *
 * Leaflet touches `window` when it is imported: load this module (or a component using it) with
 * next/dynamic and `ssr: false` from a client component, as MapCanvasLoader does.
 */
import "leaflet/dist/leaflet.css";
import type { Map as LeafletMap } from "leaflet";
import { useTranslations } from "next-intl";
import { useState, type ReactNode, type Ref } from "react";
import { MapContainer, TileLayer, ZoomControl } from "react-leaflet";
import { mapHome, mapTiles } from "@/lib/config";

export interface MapCanvasProps {
  /** Accessible name of the map region. */
  label: string;
  center?: [lat: number, lon: number];
  zoom?: number;
  /** Fit these bounds instead of centre and zoom: [[south, west], [north, east]]. */
  bounds?: [[number, number], [number, number]];
  className?: string;
  scrollWheelZoom?: boolean;
  /** The Leaflet map, once created. */
  mapRef?: Ref<LeafletMap>;
  /** Extra content over the map (outside Leaflet's panes), e.g. a status line. */
  overlay?: ReactNode;
  children?: ReactNode;
}

export default function MapCanvas({
  label,
  center = mapHome.center,
  zoom = mapHome.zoom,
  bounds,
  className,
  scrollWheelZoom = true,
  mapRef,
  overlay,
  children,
}: MapCanvasProps) {
  const t = useTranslations("map");
  const [tiles, setTiles] = useState({ errors: 0, loaded: 0 });
  const unavailable = tiles.errors > 0 && tiles.loaded === 0;
  return (
    <div role="region" aria-label={label} className={`map-canvas${unavailable ? " map-canvas--no-tiles" : ""} ${className ?? ""}`}>
      <MapContainer
        ref={mapRef}
        center={bounds ? undefined : center}
        zoom={bounds ? undefined : zoom}
        bounds={bounds}
        boundsOptions={{ padding: [24, 24], maxZoom: 18 }}
        maxZoom={mapTiles.maxZoom}
        scrollWheelZoom={scrollWheelZoom}
        zoomControl={false}
        className="map-canvas__map"
      >
        <ZoomControl position="topleft" zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />
        <TileLayer
          url={mapTiles.url}
          attribution={mapTiles.attribution}
          maxZoom={mapTiles.maxZoom}
          eventHandlers={{
            tileerror: () => setTiles((s) => ({ ...s, errors: s.errors + 1 })),
            tileload: () => setTiles((s) => (s.loaded ? s : { ...s, loaded: 1 })),
          }}
        />
        {children}
      </MapContainer>
      <div className="map-canvas__overlay">
        {unavailable && (
          <p className="map-canvas__notice" role="status">
            {t("tilesUnavailable")}
          </p>
        )}
        {overlay}
      </div>
    </div>
  );
}

import { answerVersion, sensorFeatureBatches } from "@/db/export";
import { guarded, textStream, withEtag } from "@/lib/api";
import { featureCollectionDocument } from "@/lib/formats/geojson";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/export/sensors.geojson — every published and archived sensor as a GeoJSON FeatureCollection,
 * each exactly the Feature of GET /api/v1/sensors/{id}, streamed in batches.
 */
export async function GET(request: Request) {
  return guarded("sensors.geojson", () =>
    withEtag(request, answerVersion(), "application/geo+json", () => textStream(featureCollectionDocument(sensorFeatureBatches()), "sensors.geojson"), {
      "Content-Disposition": 'attachment; filename="sensors.geojson"',
    }),
  );
}

import { describe, expect, it } from "vitest";
import { demoSensors } from "@/db/demo/sensors";
import { sensorSchema } from "@/lib/schemas/sensor";
import { FEATURE_PROPERTIES, featureCollectionDocument, fromSensorFeature, toSensorFeature } from "./geojson";

describe("sensors as GeoJSON Features", () => {
  it("reads back every field of every demo sensor from the Feature it writes", () => {
    for (const d of demoSensors) {
      const data = sensorSchema.parse(d.data);
      const feature = toSensorFeature({
        publicId: d.publicId,
        url: `https://register.example.nl/nl/sensors/${d.publicId}`,
        status: "published",
        ended: false,
        endedOn: null,
        revision: 1,
        publishedAt: new Date("2026-01-01T00:00:00Z"),
        organisation: { slug: d.organisation, name: d.organisation, isExample: true, kind: "municipality", moderator: null },
        data,
      });
      const back = fromSensorFeature(JSON.parse(JSON.stringify(feature)));
      expect(back.publicId).toBe(d.publicId);
      // The Feature groups the values by assessment; the order of the values carries no meaning.
      const byValue = (x: typeof data) => ({ ...x, values: [...x.values].sort((a, b) => a.value.localeCompare(b.value)) });
      expect(byValue(sensorSchema.parse(back.content)), d.publicId).toEqual(byValue(data));
    }
  });

  it("says what is not a Feature", () => {
    expect(fromSensorFeature(null).problem).toMatch(/Feature/);
    expect(fromSensorFeature({ type: "FeatureCollection" }).problem).toMatch(/Feature/);
    expect(fromSensorFeature("text").problem).toMatch(/Feature/);
  });

  it("lists its properties in FEATURE_PROPERTIES, in order, and streams a collection that parses", () => {
    const features = demoSensors.slice(0, 5).map((d) =>
      toSensorFeature({
        publicId: d.publicId,
        url: `https://register.example.nl/nl/sensors/${d.publicId}`,
        status: "published",
        ended: false,
        endedOn: null,
        revision: 1,
        publishedAt: null,
        organisation: { slug: d.organisation, name: d.organisation, isExample: true, kind: "municipality", moderator: null },
        data: sensorSchema.parse(d.data),
      }),
    );
    expect(Object.keys(features[0]!.properties)).toEqual([...FEATURE_PROPERTIES]);
    const text = [...featureCollectionDocument([features.slice(0, 2), [], features.slice(2)])].join("");
    expect(JSON.parse(text)).toEqual({ type: "FeatureCollection", features });
    expect(JSON.parse([...featureCollectionDocument([])].join(""))).toEqual({ type: "FeatureCollection", features: [] });
  });
});

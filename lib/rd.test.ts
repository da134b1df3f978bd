import { describe, expect, it } from "vitest";
import { rdToWgs84, wgs84ToRd } from "./geo";

/*
 * Published control points. RD coordinates with their WGS84 position:
 * - Amersfoort, the RD origin (Onze Lieve Vrouwetoren), and the Martinitoren in Groningen, from the test
 *   points of Schreutelkamp & Strang van Hees, "Benaderingsformules voor de transformatie tussen RD- en
 *   WGS84-kaartcoördinaten" (Stichting De Koepel);
 * - two NSGI core network points ("Lijst actuele kernnetpunten voor RDinfo", 2022), rounded to the metre:
 *   Steen R.D. Westerpad, Ameland, and Viaduct Koningsweg, Arnhem.
 * The transformation without grid correction is good to about a metre: 2e-5° is about 2 m north–south and
 * 1.4 m east–west here.
 */
const controlPoints: { name: string; rd: [number, number]; wgs84: [lon: number, lat: number] }[] = [
  { name: "Amersfoort (RD origin)", rd: [155000, 463000], wgs84: [5.38720621, 52.1551744] },
  { name: "Martinitoren, Groningen", rd: [233883.131, 582065.167], wgs84: [6.56820053, 53.21938317] },
  { name: "Steen R.D. Westerpad, Ameland", rd: [179641, 607984], wgs84: [5.7581475, 53.4575106] },
  { name: "Viaduct Koningsweg, Arnhem", rd: [192277, 450138], wgs84: [5.930493, 52.0383178] },
];
const TOLERANCE_DEGREES = 2e-5;

describe("RD (EPSG:28992) to WGS84 through proj4", () => {
  it.each(controlPoints)("puts $name where it was published", ({ rd, wgs84 }) => {
    const [lon, lat] = rdToWgs84(...rd);
    expect(Math.abs(lon - wgs84[0])).toBeLessThan(TOLERANCE_DEGREES);
    expect(Math.abs(lat - wgs84[1])).toBeLessThan(TOLERANCE_DEGREES);
  });

  it.each(controlPoints)("takes $name back to its RD coordinates within a centimetre", ({ rd }) => {
    const [x, y] = wgs84ToRd(...rdToWgs84(...rd));
    expect(Math.abs(x - rd[0])).toBeLessThan(0.01);
    expect(Math.abs(y - rd[1])).toBeLessThan(0.01);
  });
});

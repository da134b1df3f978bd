/**
 * Every format the importer reads, in one list: the national Algoritmeregister standard 1.0 (algorithms),
 * this register's own GeoJSON (sensors) and CSV (both kinds), and Amsterdam's sensor register (devices).
 * db/import.ts picks the format a file's records have.
 */
import { algoritmeregisterFormat } from "./algoritmeregister-1.0";
import { amsterdamDeviceFormat } from "./amsterdam-device";
import { csvAlgorithmsFormat, csvSensorsFormat } from "./csv";
import { geojsonFormat } from "./geojson";
import type { RecordFormat } from "./types";

export type { ConvertedRecord, Problem, RecordFormat } from "./types";

export const IMPORT_FORMATS: readonly RecordFormat[] = [
  algoritmeregisterFormat,
  geojsonFormat,
  amsterdamDeviceFormat,
  csvSensorsFormat,
  csvAlgorithmsFormat,
];

export const importFormat = (id: string | null | undefined) => IMPORT_FORMATS.find((f) => f.id === id);

/** The format most of the first records have; undefined when none fits. */
export function detectFormat(records: readonly unknown[]): RecordFormat | undefined {
  const sample = records.slice(0, 50);
  let best: RecordFormat | undefined;
  let bestCount = 0;
  for (const f of IMPORT_FORMATS) {
    const n = sample.filter((r) => f.recognises(r)).length;
    if (n > bestCount) [best, bestCount] = [f, n];
  }
  return best;
}

/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each in its own process, so each can set
 * up its own scratch database before the db modules are loaded), one after the other.
 *
 *   npm run bench            # all of them
 *   npm run bench -- map     # only scripts/bench/map.ts
 *   npm run bench -- scale --sensors 1000000 --json   # options after the names go to each module
 *
 * A module is a plain script: it prints its report and exits non-zero when it fails.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "scripts", "bench");
const firstOption = process.argv.findIndex((a, i) => i >= 2 && a.startsWith("-"));
const only = process.argv.slice(2, firstOption < 0 ? undefined : firstOption);
const options = firstOption < 0 ? [] : process.argv.slice(firstOption);
const modules = fs
  .readdirSync(dir)
  .filter((f) => /\.(ts|mts)$/.test(f) && !f.endsWith(".test.ts") && !f.startsWith("_"))
  .filter((f) => !only.length || only.includes(f.replace(/\.m?ts$/, "")))
  .sort();

if (!modules.length) {
  console.error(`no benchmark modules${only.length ? ` named ${only.join(", ")}` : ""} in ${dir}`);
  process.exit(1);
}

let failed = 0;
for (const file of modules) {
  console.log(`\n=== bench: ${file} ===`);
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(dir, file), ...options], {
    stdio: "inherit",
    env: process.env,
  });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${file} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed ? 1 : 0);

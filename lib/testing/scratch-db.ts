/**
 * Vitest setup: every test file gets its own scratch SQLite file, set before any db module is imported.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "register-test-")), "test.db");

/**
 * The property-based suites (fast-check) draw new inputs on every run locally; in CI, and whenever FC_SEED is
 * set, they replay one fixed seed, so a landing never depends on a lucky draw. A failure prints its seed.
 */
import fc from "fast-check";
const seed = process.env.FC_SEED ?? (process.env.CI ? "20261202" : undefined);
if (seed !== undefined && Number.isInteger(Number(seed))) fc.configureGlobal({ seed: Number(seed) });

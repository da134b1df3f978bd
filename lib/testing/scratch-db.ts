/**
 * Vitest setup: every test file gets its own scratch SQLite file, set before any db module is imported.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "register-test-")), "test.db");

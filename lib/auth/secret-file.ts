/**
 * The signing secret kept in a file beside the database (when AUTH_SECRET is not set). Several processes
 * may start at the same moment on a fresh install (the server, `npm run admin:create`, a second server):
 * the first one to publish the file wins and every other one reads what it wrote. Publishing is atomic:
 * the secret is written in full to a private temporary file and then hard-linked to its final name, which
 * fails with EEXIST when another process was first — nobody ever reads a half-written file.
 * No "server-only" import: the unit test runs it in plain child processes.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/** Shorter than this is a file somebody emptied or truncated: refused rather than signing with it. */
const MIN_LENGTH = 32;

function readSecret(file: string): string | null {
  try {
    const secret = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (secret.length < MIN_LENGTH)
      throw new Error(`${file} holds no usable secret (under ${MIN_LENGTH} characters): remove it or set AUTH_SECRET`);
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** Reads the secret in `file`, creating it (mode 600) when it does not exist yet; safe for concurrent starts. */
export function readOrCreateSecretFile(file: string): string {
  const existing = readSecret(file);
  if (existing) return existing;
  const dir = path.dirname(/*turbopackIgnore: true*/ file);
  fs.mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
  const temp = path.join(/*turbopackIgnore: true*/ dir, `.auth-secret.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  fs.writeFileSync(/*turbopackIgnore: true*/ temp, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  try {
    fs.linkSync(/*turbopackIgnore: true*/ temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    // Another process published its secret first: use that one.
  } finally {
    fs.rmSync(/*turbopackIgnore: true*/ temp, { force: true });
  }
  const secret = readSecret(file);
  if (!secret) throw new Error(`${file} disappeared while it was being created`);
  return secret;
}

/**
 * Runs TypeScript snippets in child Node processes (through tsx, as the npm scripts do), for tests about
 * what several processes do at the same moment: first start, backups while writing, crashes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = path.join(root, "node_modules/.bin/tsx");

/** Starts `code` (an ES module body) in a child process with the project's aliases and the given env. */
export function startChild(code: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(tsx, ["--conditions=react-server", "--eval", code], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs `code` to the end; resolves with its exit code and output. */
export function runChild(code: string, env: Record<string, string> = {}) {
  const child = startChild(code, env);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
}

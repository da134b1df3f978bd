/**
 * Runs TypeScript snippets in child Node processes (through tsx, as the npm scripts do), for tests about
 * what several processes do at the same moment: first start, backups while writing, crashes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Node itself with tsx's loader, not the `tsx` command: that one runs the code in a grandchild process,
// which a SIGKILL of the child would leave running.
const node = (args: string[], env: Record<string, string>) =>
  spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });

/** Runs a script of the project (as `npm run` does, through tsx) to the end, with its output. */
export function runScript(file: string, args: string[], env: Record<string, string> = {}) {
  return collect(node([file, ...args], env));
}

/**
 * Starts `code` (TypeScript; imports of project files as `"./db/client.ts"`, relative to the project root)
 * in a child process with the given env. The code goes to a temporary .ts file, compiled like the scripts.
 */
export function startChild(code: string, env: Record<string, string> = {}): ChildProcess {
  const file = path.join(os.tmpdir(), `register-child-${process.pid}-${randomBytes(4).toString("hex")}.ts`);
  fs.writeFileSync(file, code.replaceAll('from "./', `from "${root}`));
  const child = node([file], env);
  child.on("close", () => fs.rmSync(file, { force: true }));
  return child;
}

/** Runs `code` to the end; resolves with its exit code and output. */
export function runChild(code: string, env: Record<string, string> = {}) {
  return collect(startChild(code, env));
}

function collect(child: ChildProcess) {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startChild } from "@/lib/testing/children";
import { readOrCreateSecretFile } from "./secret-file";

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), "register-secret-"));

describe("the auth secret file", () => {
  it("is created once, private, and read back", () => {
    const file = path.join(scratch(), "data", ".auth-secret");
    const secret = readOrCreateSecretFile(file);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecretFile(file)).toBe(secret);
    expect(fs.readdirSync(path.dirname(file))).toEqual([".auth-secret"]);
  });

  it("refuses an emptied file instead of signing with an empty secret", () => {
    const file = path.join(scratch(), ".auth-secret");
    fs.writeFileSync(file, "\n");
    expect(() => readOrCreateSecretFile(file)).toThrow(/no usable secret/);
  });

  it("survives several processes starting at the same moment: none crashes and all use one secret", async () => {
    for (let round = 0; round < 2; round++) {
      const dir = scratch();
      const file = path.join(dir, ".auth-secret");
      const go = path.join(os.tmpdir(), `register-go-${process.pid}-${round}`);
      // Every child loads, says it is ready, and waits for the same signal before touching the file.
      const code = `
        import fs from "node:fs";
        import { readOrCreateSecretFile } from "./lib/auth/secret-file.ts";
        console.log("ready");
        const nap = new Int32Array(new SharedArrayBuffer(4));
        while (!fs.existsSync(${JSON.stringify(go)})) Atomics.wait(nap, 0, 0, 1);
        console.log("secret=" + readOrCreateSecretFile(${JSON.stringify(file)}));`;
      const children = Array.from({ length: 5 }, () => startChild(code));
      const results = children.map(collect);
      await Promise.all(results.map((r) => r.ready));
      fs.writeFileSync(go, "");
      const done = await Promise.all(results.map((r) => r.done));
      fs.rmSync(go);
      for (const r of done) expect(r.stderr, r.stderr).toBe("");
      expect(done.map((r) => r.code)).toEqual(Array(5).fill(0));
      const secrets = new Set(done.map((r) => /secret=(\S+)/.exec(r.stdout)?.[1]));
      expect(secrets.size).toBe(1);
      expect(secrets.has(fs.readFileSync(file, "utf8").trim())).toBe(true);
      expect(fs.readdirSync(dir)).toEqual([".auth-secret"]);
    }
  }, 60_000);
});

function collect(child: ReturnType<typeof startChild>) {
  let stdout = "";
  let stderr = "";
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => (ready = r));
  child.stdout!.on("data", (d) => {
    stdout += d;
    if (stdout.includes("ready")) ready();
  });
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => {
      ready();
      resolve({ code, stdout, stderr });
    }),
  );
  return { ready: readyPromise, done };
}

import { describe, expect, it } from "vitest";
import { putFlash, takeFlash } from "./form-flash";

describe("a form's one-time answer", () => {
  it("is shown once, to its own form, for ten minutes", () => {
    const now = 1_000_000;
    const token = putFlash({ scope: "question:S-VB8S5Y", status: "invalid", errors: { body: ["required"] }, values: { body: "" } }, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(takeFlash(token, "report", now)).toBeUndefined(); // another form's: not shown, not used up
    expect(takeFlash(token, "question:S-VB8S5Y", now)).toMatchObject({ status: "invalid", errors: { body: ["required"] } });
    expect(takeFlash(token, "question:S-VB8S5Y", now)).toBeUndefined();
    const late = putFlash({ scope: "report", status: "sent" }, now);
    expect(takeFlash(late, "report", now + 10 * 60 * 1000 + 1)).toBeUndefined();
    for (const bad of [undefined, "", "x", ["a"], "../../etc/passwd", "A".repeat(23)]) expect(takeFlash(bad, "report", now)).toBeUndefined();
  });
});

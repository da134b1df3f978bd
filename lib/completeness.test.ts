import { describe, expect, it } from "vitest";
import { requiredLevel, TODO, todoFlags } from "./completeness";
import { algorithmSchemaAt } from "./schemas/algorithm";
import { assess, problemsAt } from "./schemas/check";
import { sensorSchemaAt } from "./schemas/sensor";
import { toRichHtml } from "./schemas/levels";
import { contentFromForm, editableContent } from "./schemas/form-content";

/** What a record of the national standard holds: its required fields and nothing the register adds. */
const standardOnly = {
  name: "Meldingen openbare ruimte",
  shortDescription: "Een algoritme deelt meldingen in bij de juiste afdeling.",
  status: "in_use",
  contactEmail: "https://www.gemeente.example.nl/contact",
  publicationCategory: "impactful",
  goal: "<div><p>Sneller bij de juiste afdeling.</p><ul><li>afval</li><li>stoep</li></ul></div>",
  lawfulBasisLinks: [{ title: "Gemeentewet", url: "Artikel 160, eerste lid" }],
};

describe("drafts may be incomplete", () => {
  it("a draft needs only a name, for both kinds", () => {
    expect(algorithmSchemaAt("draft").safeParse({ name: "Alleen een naam" }).success).toBe(true);
    expect(sensorSchemaAt("draft").safeParse({ name: "Alleen een naam" }).success).toBe(true);
    expect(problemsAt("algorithm", {}, "draft")).toHaveProperty("name");
    expect(problemsAt("sensor", { name: "  " }, "draft")).toHaveProperty("name");
  });

  it("keeps what was typed even when it is not yet valid, but still refuses what the form cannot hold", () => {
    const typed = { name: "Scanauto", contactEmail: "nog geen adres", publicPageUrl: "www.ergens", beginMonth: "maart" };
    expect(algorithmSchemaAt("draft").parse(typed)).toMatchObject(typed);
    expect(problemsAt("algorithm", { name: "x", status: "misschien" }, "draft")).toHaveProperty("status");
    expect(problemsAt("algorithm", { name: "x", values: [{ value: "geluk", assessment: "serves" }] }, "draft")).toHaveProperty("values.0.value");
    expect(problemsAt("algorithm", { name: "x", goal: "a".repeat(100_000) }, "draft")).toHaveProperty("goal");
    expect(problemsAt("sensor", { name: "x", geometry: { type: "Point", coordinates: [5, 95] } }, "draft")).toHaveProperty(
      "geometry.coordinates.1",
    );
  });
});

describe("the national standard's rules", () => {
  it("a record with the standard's required fields can be published, without what the register adds", () => {
    expect(problemsAt("algorithm", standardOnly, "standard")).toBeNull();
    const full = problemsAt("algorithm", standardOnly, "full")!;
    expect(Object.keys(full)).toEqual(expect.arrayContaining(["values", "contest", "themes", "beginMonth", "selfLearning"]));
  });

  it("names each required field of the standard that is missing", () => {
    const p = problemsAt("algorithm", { name: "Alleen een naam" }, "standard")!;
    expect(Object.keys(p).sort()).toEqual(["contactEmail", "publicationCategory", "shortDescription", "status"]);
  });

  it("counts lengths without markup", () => {
    const words = "woord ".repeat(400).trim(); // 2,399 characters of text
    const marked = `<div>${words.split(" ").map((w) => `<p>${w}</p>`).join("")}</div>`;
    expect(marked.length).toBeGreaterThan(2500);
    expect(problemsAt("algorithm", { ...standardOnly, goal: marked }, "standard")).toBeNull();
    expect(problemsAt("algorithm", { ...standardOnly, goal: `<p>${"x".repeat(2501)}</p>` }, "standard")).toEqual({ goal: ["tooLong:2500"] });
    expect(problemsAt("algorithm", { ...standardOnly, name: "n".repeat(101) }, "standard")).toEqual({ name: ["tooLong:100"] });
  });

  it("takes contact as an e-mail address or a web address, and a link group's link as text", () => {
    for (const contactEmail of ["algoritmes@gemeente.example.nl", "https://gemeente.example.nl/contact"])
      expect(problemsAt("algorithm", { ...standardOnly, contactEmail }, "standard")).toBeNull();
    expect(problemsAt("algorithm", { ...standardOnly, contactEmail: "bel ons" }, "standard")).toEqual({ contactEmail: ["contact"] });
    expect(problemsAt("algorithm", { ...standardOnly, contactEmail: "javascript:alert(1)" }, "standard")).toEqual({ contactEmail: ["contact"] });
  });

  it("stores rich text sanitised and refuses control characters", () => {
    const parsed = algorithmSchemaAt("standard").parse({ ...standardOnly, goal: '<p onclick="x()">Doel<script>alert(1)</script></p>' });
    expect(parsed.goal).toBe("<p>Doel</p>");
    expect(problemsAt("algorithm", { ...standardOnly, name: "Naam\u0000" }, "standard")).toEqual({ name: ["controlCharacters"] });
    expect(problemsAt("algorithm", { ...standardOnly, publicPageUrl: "https://x.example.nl/\u0000" }, "standard")).toHaveProperty("publicPageUrl");
  });

  it("keeps text without markup as it came (so it goes out again the same), and shows it as paragraphs", () => {
    expect(algorithmSchemaAt("draft").parse({ name: "x", goal: "Een.\n\nTwee & drie. " }).goal).toBe("Een.\n\nTwee & drie.");
    expect(toRichHtml("Een.\n\nTwee & drie.")).toBe("<p>Een.</p><p>Twee &amp; drie.</p>");
  });

  it("turns what was typed in the form into HTML: paragraphs and lists, angle brackets as text", () => {
    const posted = contentFromForm("algorithm", { name: "x", goal: "Een <b>.\n\n- a\n- b" }) as { goal: string };
    expect(algorithmSchemaAt("draft").parse(posted).goal).toBe("<p>Een &lt;b&gt;.</p><ul><li>a</li><li>b</li></ul>");
    expect(editableContent("algorithm", { goal: "<p>Een</p><ul><li>a</li></ul>" }).goal).toBe("Een\n\n- a");
  });
});

describe("sensors: what a sensor register asks, and what this register adds", () => {
  // As a real record of Amsterdam's sensor register gives it: short texts, no start date, no collective interest.
  const amsterdam = {
    name: "Camera 7079-2296",
    type: "camera",
    themes: ["veiligheid"],
    measures: "Camera",
    purpose: "Drukte en geluidsoverlast",
    geometry: { type: "Point", coordinates: [4.8936, 52.3728] },
    mobility: "fixed",
    personalData: false,
  };
  it("a record with what Amsterdam's register asks can be published when imported", () => {
    expect(problemsAt("sensor", amsterdam, "standard")).toBeNull();
    expect(Object.keys(problemsAt("sensor", amsterdam, "full")!)).toEqual(
      expect.arrayContaining(["collectiveInterest", "activeFrom", "values", "contactEmail"]),
    );
    expect(todoFlags(assess("sensor", "import", amsterdam).todo)).toEqual(["values"]);
  });
  it("personal data needs its legal ground and privacy statement at every level of publication", () => {
    const p = problemsAt("sensor", { ...amsterdam, personalData: true }, "standard")!;
    expect(Object.keys(p).sort()).toEqual(["legalGround", "privacyStatementUrl"]);
  });
});

describe("what publication requires, and the to-do list", () => {
  it("asks everything of impactful algorithms typed in the form, the standard of imported ones", () => {
    expect(requiredLevel("algorithm", "form", { publicationCategory: "impactful" })).toBe("full");
    expect(requiredLevel("algorithm", "form", { publicationCategory: "high_risk" })).toBe("full");
    expect(requiredLevel("algorithm", "form", { publicationCategory: "other" })).toBe("standard");
    expect(requiredLevel("algorithm", "import", { publicationCategory: "impactful" })).toBe("standard");
    expect(requiredLevel("sensor", "form", {})).toBe("full");
    expect(requiredLevel("sensor", "import", {})).toBe("standard");
  });

  it("lists what the register adds when it is missing, without blocking publication", () => {
    const imported = assess("algorithm", "import", standardOnly);
    expect(imported.problems).toEqual({});
    expect(todoFlags(imported.todo)).toEqual(["values", "contest"]);
    const typed = assess("algorithm", "form", standardOnly);
    expect(typed.todo & TODO.incomplete).toBeTruthy();
    expect(typed.problems).toHaveProperty("contest");
  });
});

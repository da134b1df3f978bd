/**
 * The entry form as real form controls (lib/schemas/form-data.ts): every field of both forms travels in a
 * plain POST and comes back as the content it stands for; repeatable groups, the values panel and the location
 * as typed; hostile input is ignored or refused, never crashes, and never reaches an object's prototype.
 */
import { describe, expect, it } from "vitest";
import { valueSlugs } from "@/lib/codio";
import { demoAlgorithms } from "@/db/demo/algorithms";
import { demoSensors } from "@/db/demo/sensors";
import type { EntryKind } from "@/lib/vocab";
import { algorithmSchemaAt } from "./algorithm";
import { sensorSchemaAt } from "./sensor";
import { contentSchema } from "./index";
import { fieldErrors, issueMessage } from "./common";
import { formValuesOf, readEntryForm } from "./form-content";
import {
  applyIntent,
  contentFromFormValues,
  controlFor,
  FORM_FIELDS,
  formErrorPaths,
  formValuesFromFormData,
  MAX_FIELD_LENGTH,
  pointOfLine,
  type FormValues,
} from "./form-data";
import { conditionalFields } from "./rules";

/** What a browser sends for the form's values: every control by its name (an unticked box sends nothing). */
function toFormData(values: FormValues, fd = new FormData(), prefix = ""): FormData {
  for (const [k, v] of Object.entries(values)) {
    const name = prefix + k;
    if (typeof v === "string") {
      if (k === "hasContest" && v !== "on") continue;
      fd.append(name, v);
    } else if (Array.isArray(v)) v.forEach((x, i) => (typeof x === "string" ? fd.append(name, x) : toFormData(x as FormValues, fd, `${name}.${i}.`)));
    else if (v && typeof v === "object") toFormData(v as FormValues, fd, `${name}.`);
  }
  return fd;
}
const post = (entries: [string, string | Blob][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};
const validate = (kind: EntryKind, content: unknown) => {
  const r = contentSchema(kind, "draft").safeParse(content, { error: issueMessage });
  return r.success ? {} : fieldErrors(r.error);
};

describe("one parser for both forms", () => {
  it("knows every field of both schemas, so a new field cannot be left out of the form", () => {
    expect(Object.keys(FORM_FIELDS.sensor)).toEqual(Object.keys(sensorSchemaAt("draft").shape));
    expect(Object.keys(FORM_FIELDS.algorithm)).toEqual(Object.keys(algorithmSchemaAt("draft").shape));
  });

  it.each([
    ...demoSensors.map((s) => ["sensor", s.data.name, s.data] as const),
    ...demoAlgorithms.map((a) => ["algorithm", a.data.name, a.data] as const),
  ])("%s ‘%s’: shown in the form, posted and read back, nothing is lost", (kind, _, data) => {
    const stored = contentSchema(kind, "draft").parse(data) as Record<string, unknown>;
    const values = formValuesOf(kind, stored);
    const back = readEntryForm(kind, toFormData(values));
    expect(back.errors).toEqual({});
    expect(validate(kind, back.content)).toEqual({});
    // The same form again: every field, group and value made the round trip.
    expect(formValuesOf(kind, back.content)).toEqual(values);
    for (const key of Object.keys(stored)) {
      const v = stored[key];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      expect(back.content, key).toHaveProperty(key);
    }
  });

  it("reads every field of the algorithm form, its groups and the values panel", () => {
    const fd = post([
      ["name", "Controle hondenbelasting"],
      ["shortDescription", "Vergelijkt twee registraties.\r\nEn stelt een aanslag voor."],
      ["categories", "overheidsfinancien"],
      ["categories", "overheidsfinancien"],
      ["themes", "belastingen"],
      ["publicationCategory", "impactful"],
      ["status", "in_use"],
      ["beginMonth", "2025-03"],
      ["selfLearning", "no"],
      ["goal", "Eerlijk heffen.\n\n- een medewerker beslist\n- steekproeven"],
      ["hasContest", "on"],
      ["contest.decisions", "aanslag hondenbelasting\r\n\r\n  précariobelasting  "],
      ["contest.routes.0.kind", "objection"],
      ["contest.routes.0.handler", "Team Bezwaar"],
      ["contest.routes.0.deadlineAmount", "6"],
      ["contest.routes.0.deadlineUnit", "weeks"],
      ["contest.routes.0.deadlineFrom", "day_after_sent"],
      ["contest.routes.0.steps", "Schrijf een brief.\nNoem het aanslagnummer."],
      ["contest.routes.0.webUrl", "https://voorbeeldstad.example.nl/bezwaar"],
      ["contest.routes.1.kind", "appeal"],
      ["contest.routes.1.handler", "Rechtbank"],
      ["contest.humanReview", "Vraag een medewerker."],
      ["contest.nextSteps", "Beroep bij de rechtbank."],
      ["lawfulBasisLinks.0.title", "Gemeentewet"],
      ["lawfulBasisLinks.0.url", "https://wetten.overheid.nl/BWBR0005416"],
      ["impactAssessments.0.kind", "dpia"],
      ["impactAssessments.0.title", "DPIA 2025"],
      ["dataLinks.0.title", "BRP"],
      ["dataLinks.0.url", "Basisregistratie personen"],
      ["transparencyLimits.0.what", "De drempelwaarde"],
      ["transparencyLimits.0.why", "Anders wordt de controle omzeild."],
      ["values.privacy.assessment", "at_stake"],
      ["values.privacy.explanation", "Koppelt twee registraties."],
      ["values.privacy.actionCategory", "informatieverstrekking"],
      ["values.privacy.action", "Een DPIA."],
      ["values.aanvechtbaarheid.assessment", "serves"],
      ["values.aanvechtbaarheid.explanation", "Elke aanslag zegt hoe."],
      ["values.transparantie.assessment", "not_assessed"],
    ]);
    const { content, errors } = readEntryForm("algorithm", fd);
    expect(errors).toEqual({});
    expect(content).toMatchObject({
      name: "Controle hondenbelasting",
      shortDescription: "Vergelijkt twee registraties.\nEn stelt een aanslag voor.",
      categories: ["overheidsfinancien"],
      themes: ["belastingen"],
      selfLearning: false,
      goal: "<p>Eerlijk heffen.</p><ul><li>een medewerker beslist</li><li>steekproeven</li></ul>",
      contest: {
        decisions: ["aanslag hondenbelasting", "précariobelasting"],
        routes: [
          { kind: "objection", handler: "Team Bezwaar", deadlineAmount: "6", steps: ["Schrijf een brief.", "Noem het aanslagnummer."] },
          { kind: "appeal", handler: "Rechtbank", steps: [] },
        ],
        humanReview: "Vraag een medewerker.",
      },
      lawfulBasisLinks: [{ title: "Gemeentewet", url: "https://wetten.overheid.nl/BWBR0005416" }],
      impactAssessments: [{ kind: "dpia", title: "DPIA 2025" }],
      dataLinks: [{ title: "BRP", url: "Basisregistratie personen" }],
      transparencyLimits: [{ what: "De drempelwaarde", why: "Anders wordt de controle omzeild." }],
    });
    // The panel in the taxonomy's order, only assessed values.
    expect(content.values).toEqual([
      { value: "aanvechtbaarheid", assessment: "serves", explanation: "Elke aanslag zegt hoe." },
      { value: "privacy", assessment: "at_stake", explanation: "Koppelt twee registraties.", actionCategory: "informatieverstrekking", action: "Een DPIA." },
    ].sort((a, b) => valueSlugs.indexOf(a.value as never) - valueSlugs.indexOf(b.value as never)));
    expect(validate("algorithm", content)).toEqual({});
  });

  it("reads the sensor form: yes/no, choices and the location as typed", () => {
    const base: [string, string][] = [["name", "Fijnstofmeter"], ["personalData", "yes"], ["themes", "milieu/lucht"], ["mobility", "fixed"]];
    const point = readEntryForm("sensor", post([...base, ["geometryType", "Point"], ["latitude", " 52,0907 "], ["longitude", "5.1214"]]));
    expect(point.content).toMatchObject({ personalData: true, themes: ["milieu/lucht"], geometry: { type: "Point", coordinates: [5.1214, 52.0907] } });
    const area = readEntryForm(
      "sensor",
      post([...base, ["geometryType", "Polygon"], ["coordinates", "52.09, 5.12\n52,10, 5,12\n52.10 5.13\n\n52.095;5.125\n52.096,5.126\n52.0955, 5.1255"]]),
    );
    expect(area.errors).toEqual({});
    // Each ring closed, the hole after the blank line kept.
    expect(area.content.geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [[5.12, 52.09], [5.12, 52.1], [5.13, 52.1], [5.12, 52.09]],
        [[5.125, 52.095], [5.126, 52.096], [5.1255, 52.0955], [5.125, 52.095]],
      ],
    });
    const route = readEntryForm("sensor", post([...base, ["geometryType", "LineString"], ["coordinates", "52.09, 5.12\n\n52.1, 5.13"]]));
    expect(route.content.geometry).toEqual({ type: "LineString", coordinates: [[5.12, 52.09], [5.13, 52.1]] });
    // The form's names are the location fields; a point keeps only the point.
    expect(formValuesOf("sensor", area.content)).toMatchObject({ geometryType: "Polygon", latitude: "", longitude: "" });
    expect(pointOfLine("52.0907,5.1214")).toEqual([52.0907, 5.1214]);
    expect(pointOfLine("52,0907, 5,1214")).toEqual([52.0907, 5.1214]);
    expect(pointOfLine("52,0907,5,1214")).toBeUndefined();
  });

  it("names what only the form can tell: coordinates that are no numbers, unreadable lines", () => {
    const bad = readEntryForm("sensor", post([["name", "x"], ["geometryType", "Point"], ["latitude", "52,09abc"], ["longitude", ""]]));
    expect(bad.errors).toEqual({ "geometry.coordinates.1": ["number"], "geometry.coordinates.0": ["required"] });
    // What was typed is kept, to show again.
    expect(bad.values.latitude).toBe("52,09abc");
    const lines = readEntryForm("sensor", post([["name", "x"], ["geometryType", "LineString"], ["coordinates", "52.09, 5.12\nhier\n52.1, 5.13\n1 2 3"]]));
    expect(lines.errors).toEqual({ "geometry.coordinates": ["coordinateLines:2, 4"] });
    expect(controlFor("geometry.coordinates.1", "Point")).toBe("latitude");
    expect(controlFor("geometry.coordinates.3.1", "LineString")).toBe("coordinates");
  });

  it("never throws typed text away unseen in a group that is switched off", () => {
    const unticked = readEntryForm("algorithm", post([["name", "x"], ["contest.routes.0.handler", "Team Bezwaar"], ["contest.routes.0.kind", "objection"]]));
    expect(unticked.errors).toEqual({ hasContest: ["contestNotTicked"] });
    expect(unticked.content.contest).toBeUndefined();
    // Only the preset choices of an untouched route: no contest route, nothing to say.
    const untouched = readEntryForm("algorithm", post([["name", "x"], ["contest.routes.0.kind", "objection"], ["contest.routes.0.deadlineAmount", "6"]]));
    expect(untouched.errors).toEqual({});
    expect(untouched.content).not.toHaveProperty("contest");
    const notAssessed = readEntryForm("sensor", post([["name", "x"], ["values.privacy.assessment", "not_assessed"], ["values.privacy.explanation", "Camera's"]]));
    expect(notAssessed.errors).toEqual({ "values.privacy.assessment": ["notAssessedButExplained"] });
    const noCategory = readEntryForm("sensor", post([["name", "x"], ["values.privacy.assessment", "serves"], ["values.privacy.action", "Een DPIA"]]));
    expect(noCategory.errors).toEqual({ "values.privacy.actionCategory": ["actionWithoutCategory"] });
  });
});

describe("repeatable groups", () => {
  it("takes items in index order, whatever order or gaps they come in", () => {
    const { content } = readEntryForm(
      "algorithm",
      post([
        ["name", "x"],
        ["transparencyLimits.7.what", "derde"],
        ["transparencyLimits.0.what", "eerste"],
        ["transparencyLimits.3.why", "tweede"],
      ]),
    );
    expect(content.transparencyLimits).toEqual([{ what: "eerste" }, { why: "tweede" }, { what: "derde" }]);
  });

  it("adds and removes groups by form button, within each group's maximum", () => {
    const values = formValuesFromFormData("algorithm", post([["name", "x"], ["hasContest", "on"], ["contest.routes.0.handler", "A"]]));
    const added = applyIntent("algorithm", values, "add:contest.routes")!;
    const routes = (added.values.contest as FormValues).routes as FormValues[];
    expect(routes).toHaveLength(2);
    expect(routes[0]!.handler).toBe("A");
    expect(routes[1]).toMatchObject({ kind: "objection", handler: "", deadlineAmount: "6", deadlineUnit: "weeks" });
    expect(added.values.name).toBe("x");
    const removed = applyIntent("algorithm", added.values, "remove:contest.routes.0")!;
    expect(((removed.values.contest as FormValues).routes as FormValues[]).map((r) => r.handler)).toEqual([""]);
    let links = formValuesFromFormData("algorithm", post([["name", "x"]]));
    for (let i = 0; i < 60; i++) links = applyIntent("algorithm", links, "add:dataLinks")!.values;
    expect(links.dataLinks).toHaveLength(50);
    // Not a group of this form, a malformed or unknown button: nothing to do.
    for (const intent of ["add:values", "add:name", "remove:dataLinks", "add:contest.routes.0", "add:__proto__", "remove:constructor.0", "drop table"])
      expect(applyIntent("algorithm", links, intent), intent).toBeUndefined();
    expect(applyIntent("sensor", formValuesFromFormData("sensor", post([])), "add:contest.routes")).toBeUndefined();
  });

  it("converts RD coordinates by form button into the point or one more corner", () => {
    // The Onze Lieve Vrouwetoren in Amersfoort, the origin of RD: 155000, 463000 is 52.15517° N, 5.38721° E.
    const point = applyIntent("sensor", formValuesFromFormData("sensor", post([["geometryType", "Point"], ["rdX", "155000"], ["rdY", "463000"]])), "rd")!;
    expect(Number(point.values.latitude)).toBeCloseTo(52.15517, 4);
    expect(Number(point.values.longitude)).toBeCloseTo(5.38721, 4);
    expect(point.values.rdX).toBe("");
    const corner = applyIntent("sensor", formValuesFromFormData("sensor", post([["geometryType", "Polygon"], ["coordinates", "52.09, 5.12\n\n52.1, 5.1"], ["rdX", "155000"], ["rdY", "463000"]])), "rd")!;
    expect(String(corner.values.coordinates).split("\n\n")[0]!.split("\n")).toHaveLength(2);
    expect(applyIntent("sensor", formValuesFromFormData("sensor", post([["rdX", "1"], ["rdY", "2"]])), "rd")!.errors).toEqual({ rdX: ["rdInvalid"] });
  });
});

describe("hostile input", () => {
  it("ignores unknown names, huge indexes and other spellings", () => {
    const fd = post([
      ["name", "x"],
      ["hasContest", "on"],
      ["contest.routes.99999.kind", "appeal"],
      ["contest.routes.1000.handler", "te ver"],
      ["contest.routes[99999].kind", "appeal"],
      ["routes[99999]", "x"],
      ["contest.routes.-1.kind", "appeal"],
      ["contest.routes.1e3.kind", "appeal"],
      ["contest.routes.0.unknown", "x"],
      ["unknown", "x"],
      ["status[]", "in_use"],
    ]);
    const values = formValuesFromFormData("algorithm", fd);
    expect((values.contest as FormValues).routes).toEqual([]);
    expect(values).not.toHaveProperty("unknown");
    expect(values.status).toBe("");
    const { content } = contentFromFormValues("algorithm", values);
    expect(content).toEqual({ name: "x", categories: [], themes: [], contest: { decisions: [], routes: [] }, lawfulBasisLinks: [], impactAssessments: [], dataLinks: [], transparencyLimits: [], values: [], related: [] });
  });

  it("never writes a prototype: __proto__ and constructor as names or parts of names", () => {
    const fd = post([
      ["name", "x"],
      ["__proto__", "polluted"],
      ["__proto__.polluted", "yes"],
      ["constructor", "x"],
      ["constructor.prototype.polluted", "yes"],
      ["values.__proto__.assessment", "serves"],
      ["values.constructor.assessment", "serves"],
      ["values.toString.assessment", "serves"],
      ["contest.__proto__.polluted", "yes"],
      ["lawfulBasisLinks.0.__proto__", "yes"],
      ["lawfulBasisLinks.__proto__.title", "yes"],
      ["transparencyLimits.constructor.what", "yes"],
    ]);
    for (const kind of ["sensor", "algorithm"] as const) {
      const values = formValuesFromFormData(kind, fd);
      const { content } = contentFromFormValues(kind, values);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
      for (const o of [values, content, values.values as object]) {
        expect(Object.hasOwn(o, "__proto__")).toBe(false);
        expect(Object.hasOwn(o, "constructor")).toBe(false);
      }
      expect(content.values).toEqual([]);
      expect(content.name).toBe("x");
    }
    // A panel built elsewhere with such keys is read by the taxonomy only.
    const panel = JSON.parse('{"__proto__": {"assessment": "serves", "explanation": "x"}, "constructor": {"assessment": "serves"}}');
    expect(contentFromFormValues("sensor", { values: panel }).content.values).toEqual([]);
  });

  it("keeps control characters as typed, for the schema to refuse with its message", () => {
    const { values, content, errors } = readEntryForm(
      "algorithm",
      post([
        ["name", "Naam\u0000"],
        ["publicPageUrl", "https://voorbeeldstad.example.nl/\u0000"],
        ["goal", "Doel\u0007 met een bel"],
        ["hasContest", "on"],
        ["contest.routes.0.webUrl", "https://a.example.nl/\u001b"],
      ]),
    );
    expect(errors).toEqual({});
    expect(values.name).toBe("Naam\u0000");
    const problems = validate("algorithm", content);
    for (const path of ["name", "publicPageUrl", "goal", "contest.routes.0.webUrl"]) expect(problems[path], path).toEqual(["controlCharacters"]);
  });

  it("caps what it reads: files, huge texts, many choices", () => {
    const fd = post([
      ["name", new Blob(["x"])],
      ["purpose", "a".repeat(MAX_FIELD_LENGTH + 500)],
      ...Array.from({ length: 500 }, (_, i) => ["themes", `thema-${i}`] as [string, string]),
    ]);
    const values = formValuesFromFormData("sensor", fd);
    expect(values.name).toBe("");
    expect(String(values.purpose)).toHaveLength(MAX_FIELD_LENGTH);
    expect(values.themes).toHaveLength(100);
    // Too long for any field: the schema says so (at draft level too).
    expect(validate("sensor", contentFromFormValues("sensor", values).content).purpose).toEqual(["tooLong:8000"]);
  });

  // No clock in the assertion (a loaded machine may be slow): a reader that worked per field pair rather than
  // per field would run into the test's time limit instead.
  it("reads a form of 100,000 fields, and only its own", () => {
    const fd = new FormData();
    fd.append("name", "x");
    for (let i = 0; i < 100_000; i++) fd.append(`dataLinks.${i % 1000}.title`, "t");
    const values = formValuesFromFormData("algorithm", fd);
    expect(values.dataLinks).toHaveLength(100);
  });
});

describe("errors in the form's terms", () => {
  it("names a value of the panel by its slug, not its place in the list", () => {
    const content = { values: [{ value: "transparantie" }, { value: "privacy" }] };
    expect(
      formErrorPaths(content, { "values.1.explanation": ["required"], "values.0": ["invalid"], "values.1.value": ["duplicateValue"], values: ["atLeastOneServes"], name: ["required"] }),
    ).toEqual({
      "values.privacy.explanation": ["required"],
      "values.transparantie.assessment": ["invalid"],
      "values.privacy.assessment": ["duplicateValue"],
      values: ["atLeastOneServes"],
      name: ["required"],
    });
  });
});

describe("conditional fields come from the schemas' rules", () => {
  it("sensors: personal data, and a contact either way", () => {
    expect(conditionalFields("sensor", "full")).toEqual({
      legalGround: "ifPersonalData",
      privacyStatementUrl: "ifPersonalData",
      processing: "ifPersonalData",
      retention: "ifPersonalData",
      contactEmail: "ifNoContactUrl",
      contactUrl: "ifNoContactEmail",
    });
    expect(conditionalFields("sensor", "standard")).toEqual({ legalGround: "ifPersonalData", privacyStatementUrl: "ifPersonalData" });
  });
  it("algorithms: the route's deadline and channels from the standard level, the rest at full", () => {
    const route = {
      "contest.routes.*.deadlineUnit": "ifDeadline",
      "contest.routes.*.deadlineFrom": "ifDeadline",
      "contest.routes.*.webUrl": "oneChannel",
      "contest.routes.*.email": "oneChannel",
      "contest.routes.*.postalAddress": "oneChannel",
      "contest.routes.*.phone": "oneChannel",
    };
    expect(conditionalFields("algorithm", "standard")).toEqual(route);
    expect(conditionalFields("algorithm", "full")).toEqual({
      endMonth: "ifOutOfUse",
      impactAssessmentNoneReason: "ifNoAssessment",
      impactAssessments: "ifNoAssessmentReason",
      ...route,
    });
  });
  it("each such field is in the form and optional on its own, so the rule is what makes it required", () => {
    const shapes = { sensor: sensorSchemaAt("full").shape, algorithm: algorithmSchemaAt("full").shape } as Record<EntryKind, Record<string, { safeParse: (v: unknown) => { success: boolean } }>>;
    for (const kind of ["sensor", "algorithm"] as const)
      for (const path of Object.keys(conditionalFields(kind, "full"))) {
        const top = path.split(".")[0]!;
        expect(Object.keys(FORM_FIELDS[kind]), path).toContain(top);
        if (!path.includes(".")) expect(shapes[kind][top]!.safeParse(undefined).success, path).toBe(true);
      }
  });
});

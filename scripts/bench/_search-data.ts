/**
 * Generates a national-scale register for the search benchmark (scripts/bench/search.ts): organisations
 * (municipalities, water boards, provinces), sensors and algorithms in realistic Dutch, made by varying the
 * demo data (db/demo/*): other streets, other cities, other organisations, extra sentences, other dates.
 * Rows go straight into the tables in bulk transactions (entries, the kind projections, entry_themes,
 * entry_values); the full-text index is built afterwards with rebuildSearchIndex(), as in production.
 *
 * Not a benchmark itself (the leading underscore keeps it out of `npm run bench`).
 */
import type Database from "better-sqlite3";
import { demoAlgorithms } from "@/db/demo/algorithms";
import { demoSensors } from "@/db/demo/sensors";
import { algorithmSchema, type Algorithm } from "@/lib/schemas/algorithm";
import { sensorSchema, type Sensor } from "@/lib/schemas/sensor";
import { seededRandom } from "./_random";

/* ---- deterministic random numbers ---- */
export const rand = seededRandom(20260611);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

/** Dutch municipalities: [name, lat, lon, weight ≈ population / 10,000]. */
const cities: [string, number, number, number][] = [
  ["Amsterdam", 52.3728, 4.8936, 93], ["Rotterdam", 51.9225, 4.4792, 66], ["Den Haag", 52.0705, 4.3007, 56],
  ["Utrecht", 52.0907, 5.1214, 37], ["Eindhoven", 51.4416, 5.4697, 24], ["Groningen", 53.2194, 6.5665, 24],
  ["Tilburg", 51.5555, 5.0913, 22], ["Almere", 52.3508, 5.2647, 22], ["Breda", 51.5719, 4.7683, 19],
  ["Nijmegen", 51.8126, 5.8372, 18], ["Apeldoorn", 52.2112, 5.9699, 17], ["Arnhem", 51.9851, 5.8987, 16],
  ["Haarlem", 52.3874, 4.6462, 16], ["Enschede", 52.2215, 6.8937, 16], ["Amersfoort", 52.1561, 5.3878, 16],
  ["Zaanstad", 52.4559, 4.8234, 16], ["'s-Hertogenbosch", 51.6978, 5.3037, 16], ["Zwolle", 52.5168, 6.083, 13],
  ["Leiden", 52.1601, 4.497, 13], ["Maastricht", 50.8514, 5.691, 12], ["Dordrecht", 51.8133, 4.6901, 12],
  ["Leeuwarden", 53.2012, 5.7999, 12], ["Zoetermeer", 52.0575, 4.4931, 12], ["Ede", 52.0402, 5.6649, 12],
  ["Alphen aan den Rijn", 52.1291, 4.6551, 11], ["Alkmaar", 52.6324, 4.7534, 11], ["Westland", 51.9916, 4.2094, 11],
  ["Emmen", 52.7858, 6.8976, 11], ["Delft", 52.0116, 4.3571, 10], ["Deventer", 52.2549, 6.1639, 10],
  ["Venlo", 51.3704, 6.1724, 10], ["Sittard-Geleen", 50.9983, 5.8689, 9], ["Helmond", 51.4793, 5.657, 9],
  ["Oss", 51.7649, 5.5181, 9], ["Amstelveen", 52.3114, 4.8701, 9], ["Hilversum", 52.2292, 5.1669, 9],
  ["Súdwest-Fryslân", 53.0317, 5.6589, 9], ["Heerlen", 50.8882, 5.9795, 9], ["Nissewaard", 51.8354, 4.3265, 8],
  ["Hengelo", 52.2658, 6.7931, 8], ["Purmerend", 52.5049, 4.9594, 8], ["Hoofddorp (Haarlemmermeer)", 52.3031, 4.6891, 16],
  ["Roosendaal", 51.5308, 4.4653, 8], ["Schiedam", 51.9192, 4.3989, 8], ["Lelystad", 52.5185, 5.4714, 8],
  ["Leidschendam-Voorburg", 52.0857, 4.3989, 8], ["Almelo", 52.3567, 6.6625, 7], ["Gouda", 52.0115, 4.7105, 7],
  ["Vlaardingen", 51.9125, 4.3419, 7], ["Hoorn", 52.6425, 5.0597, 7], ["Assen", 52.9925, 6.5649, 7],
  ["Veenendaal", 52.0286, 5.5589, 7], ["Zeist", 52.0907, 5.2337, 7], ["Den Helder", 52.9563, 4.7608, 6],
  ["Capelle aan den IJssel", 51.9292, 4.5778, 7], ["Katwijk", 52.2002, 4.4138, 7], ["Nieuwegein", 52.0296, 5.0833, 6],
  ["Middelburg", 51.4988, 3.6109, 5], ["Vlissingen", 51.4425, 3.5736, 4], ["Houten", 52.0284, 5.1682, 5],
  ["Woerden", 52.0853, 4.8836, 5], ["Heerenveen", 52.9593, 5.9193, 5], ["Kampen", 52.5552, 5.9114, 5],
  ["Terneuzen", 51.3358, 3.8281, 5], ["Doetinchem", 51.9653, 6.2886, 6], ["Bergen op Zoom", 51.4949, 4.2912, 7],
  ["Harderwijk", 52.3502, 5.6206, 5], ["Weert", 51.2517, 5.7069, 5], ["Roermond", 51.1942, 5.9875, 6],
  ["Waalwijk", 51.6826, 5.0703, 5], ["Zutphen", 52.1384, 6.2008, 5], ["Tiel", 51.8861, 5.4292, 4],
  ["Meppel", 52.6957, 6.1944, 3], ["Sneek", 53.0325, 5.6581, 3], ["Drachten", 53.1074, 6.0986, 5],
  ["Veendam", 53.1065, 6.8757, 3], ["Winterswijk", 51.9725, 6.7194, 3], ["Hardenberg", 52.5758, 6.6194, 6],
  ["Steenwijkerland", 52.7876, 6.1197, 4], ["Goes", 51.5041, 3.8887, 4], ["Culemborg", 51.955, 5.2278, 3],
  ["Barneveld", 52.1404, 5.5847, 6], ["Wageningen", 51.9692, 5.6654, 4], ["Oosterhout", 51.6451, 4.8597, 6],
  ["Gorinchem", 51.8306, 4.9742, 4], ["Rijswijk", 52.0363, 4.3252, 5], ["Maassluis", 51.9233, 4.25, 3],
  ["Soest", 52.1731, 5.2917, 5], ["Baarn", 52.2117, 5.2875, 2], ["Bussum (Gooise Meren)", 52.2774, 5.1608, 6],
  ["Heemskerk", 52.5108, 4.6697, 4], ["Velsen", 52.4603, 4.6264, 7], ["Beverwijk", 52.4864, 4.6572, 4],
  ["Zandvoort", 52.3713, 4.5334, 2], ["Noordwijk", 52.2403, 4.4458, 4], ["Oegstgeest", 52.1817, 4.4694, 3],
  ["IJsselstein", 52.0203, 5.0431, 3], ["Vianen (Vijfheerenlanden)", 51.9922, 5.0917, 6], ["Boxtel", 51.5906, 5.3292, 3],
];
const waterBoards = [
  "Waterschap Aa en Maas", "Waterschap Amstel, Gooi en Vecht", "Waterschap Brabantse Delta", "Waterschap De Dommel",
  "Waterschap Drents Overijsselse Delta", "Wetterskip Fryslân", "Hoogheemraadschap Hollands Noorderkwartier",
  "Hoogheemraadschap van Delfland", "Hoogheemraadschap De Stichtse Rijnlanden", "Hoogheemraadschap van Rijnland",
  "Hoogheemraadschap van Schieland en de Krimpenerwaard", "Waterschap Hollandse Delta", "Waterschap Hunze en Aa's",
  "Waterschap Limburg", "Waterschap Noorderzijlvest", "Waterschap Rijn en IJssel", "Waterschap Rivierenland",
  "Waterschap Scheldestromen", "Waterschap Vallei en Veluwe", "Waterschap Vechtstromen", "Waterschap Zuiderzeeland",
];
const provinces = [
  "Provincie Groningen", "Provincie Fryslân", "Provincie Drenthe", "Provincie Overijssel", "Provincie Flevoland",
  "Provincie Gelderland", "Provincie Utrecht", "Provincie Noord-Holland", "Provincie Zuid-Holland", "Provincie Zeeland",
  "Provincie Noord-Brabant", "Provincie Limburg",
];

/** Streets and squares as they occur in every Dutch town. */
const streets = [
  "Stationsplein", "Stationsweg", "Markt", "Grote Markt", "Kerkplein", "Kerkstraat", "Dorpsstraat", "Hoofdstraat",
  "Molenstraat", "Molenweg", "Havenstraat", "Haven", "Nieuwstraat", "Schoolstraat", "Raadhuisplein", "Stadhuisplein",
  "Julianastraat", "Wilhelminastraat", "Beatrixlaan", "Emmaplein", "Oranjestraat", "Prins Hendrikkade", "Kanaalweg",
  "Kanaalstraat", "Industrieweg", "Parallelweg", "Spoorlaan", "Brugstraat", "Marktplein", "Vismarkt", "Korenmarkt",
  "Nieuwe Markt", "Burgemeester de Withstraat", "Europaplein", "Ringweg", "Rondweg", "Singel", "Buitensingel",
  "Oudegracht", "Nieuwegracht", "Lange Nieuwstraat", "Korte Kerkstraat", "Parkweg", "Parklaan", "Stadspark",
  "Vondelstraat", "Rembrandtplein", "Van Goghstraat", "Hofplein", "Kruisweg", "Busstation", "P+R Zuid", "P+R Noord",
  "Sportpark De Bongerd", "Winkelcentrum Centrum", "Begijnhof", "Waterkant", "Dijkstraat", "Lekdijk", "Rijnkade",
  "Maaskade", "IJsselkade", "Boulevard", "Strandweg", "Zeeweg", "Schoolplein", "Torenstraat", "Poortstraat",
];
/** Places named in the demo sensors (Voorbeeldstad is set in central Utrecht): replaced by other streets. */
const demoPlaces = [
  "Hoog Catharijne", "Catharijnesingel", "Weerdsingel Westzijde", "Weerdsingel", "Lange Viestraat", "Vredenburg", "Ledig Erf",
  "Stationsplein Oost", "Stationsplein", "Oudegracht", "Bakkerbrug", "Neude", "Croeselaan", "Janskerkhof", "Lucasbolwerk",
  "Mariaplaats", "Jaarbeursplein", "Biltstraat", "Twijnstraat", "Maliebaan", "Nobelstraat", "Moreelsepark", "Paardenveld",
];
const placePattern = new RegExp(demoPlaces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/** Extra sentences a municipality adds, so texts differ from entry to entry. */
const extraSentences = [
  "De gemeenteraad is hierover geïnformeerd in een raadsinformatiebrief.",
  "Bewoners in de buurt kregen vooraf een brief over de plaatsing.",
  "Na een jaar evalueren we of de sensor nog nodig is.",
  "De metingen helpen ook bij het beleid voor de omgevingsvisie.",
  "De gegevens worden gedeeld met de veiligheidsregio als dat nodig is.",
  "Dit is onderdeel van het programma Slimme Stad.",
  "Vragen? Mail het team Data en Informatie.",
  "De leverancier onderhoudt het apparaat twee keer per jaar.",
  "Op het plein hangt een bord met een QR-code naar deze pagina.",
  "We gebruiken de cijfers ook voor de jaarlijkse monitor leefbaarheid.",
  "Bij evenementen kijken de verkeersregelaars mee op het dashboard.",
  "De sensor werkt op zonne-energie en een accu.",
];
const algorithmVariants = ["", "", "", " (pilot)", " (versie 2)", " – proef", " voor ondernemers", " in de wijken", " 2.0"];

export interface GeneratedData {
  organisations: number;
  sensors: number;
  algorithms: number;
  /** Slugs of a few organisations, for filters in the benchmark. */
  someOrganisations: string[];
}

const slugOf = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Fills an empty, migrated database. Deterministic for the same counts. */
export function generate(sqlite: Database.Database, p: { sensors: number; algorithms: number }): GeneratedData {
  // The complete public demo entries (imported ones that need only the national standard's level are left out).
  const sensorTemplates = demoSensors
    .filter((d) => d.status === "published" || d.status === "archived")
    .flatMap((d) => {
      const parsed = sensorSchema.safeParse(d.data);
      return parsed.success ? [{ org: d.organisation, data: parsed.data as Sensor }] : [];
    });
  const algorithmTemplates = demoAlgorithms
    .filter((d) => d.status === "published" || d.status === "archived")
    .flatMap((d) => {
      const parsed = algorithmSchema.safeParse(d.data);
      return parsed.success ? [{ org: d.organisation, data: parsed.data as Algorithm }] : [];
    });

  /* ---- organisations ---- */
  const insOrg = sqlite.prepare(
    "INSERT INTO organisations (slug, name, kind, contact_email, website, objection_url) VALUES (?, ?, ?, ?, ?, ?)",
  );
  type Org = { id: number; name: string; kind: string; short: string; weight: number; lat: number; lon: number };
  const municipalities: Org[] = [];
  const boards: Org[] = [];
  const provs: Org[] = [];
  sqlite.transaction(() => {
    const add = (name: string, kind: string, into: Org[], short: string, weight: number, lat: number, lon: number) => {
      const slug = slugOf(name);
      const id = Number(insOrg.run(slug, name, kind, `register@${slug}.example.nl`, `https://www.${slug}.example.nl`, `https://www.${slug}.example.nl/bezwaar`).lastInsertRowid);
      into.push({ id, name, kind, short, weight, lat, lon });
    };
    for (const [c, lat, lon, w] of cities) add(`Gemeente ${c}`, "municipality", municipalities, c, w, lat, lon);
    for (const b of waterBoards) add(b, "water_board", boards, b.replace(/^(Waterschap|Hoogheemraadschap( van)?|Wetterskip) /, ""), 1, 52.1, 5.3);
    for (const pr of provinces) add(pr, "province", provs, pr.replace("Provincie ", ""), 1, 52.1, 5.3);
  })();
  const totalWeight = municipalities.reduce((s, o) => s + o.weight, 0);
  const weightedMunicipality = () => {
    let r = rand() * totalWeight;
    for (const o of municipalities) if ((r -= o.weight) < 0) return o;
    return municipalities[0]!;
  };

  /* ---- statements ---- */
  const insEntry = sqlite.prepare(
    `INSERT INTO entries (public_id, kind, organisation_id, status, name, data, revision, published_at, archived_at, ended_on)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insSensor = sqlite.prepare(
    `INSERT INTO sensors (entry_id, type, mobility, personal_data, geometry_type, lon, lat, min_lon, min_lat, max_lon, max_lat, active_from, active_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insAlgorithm = sqlite.prepare(
    `INSERT INTO algorithms (entry_id, algorithm_status, publication_category, begin_month, end_month, has_contest) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insTheme = sqlite.prepare("INSERT OR IGNORE INTO entry_themes (entry_id, theme) VALUES (?, ?)");
  const insValue = sqlite.prepare(
    "INSERT OR IGNORE INTO entry_values (entry_id, value, assessment, explanation, action_category, action) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  const publicId = (prefix: string, i: number) => {
    let s = "";
    for (let k = 0, n = i + 1_000_000; k < 6; k++, n = Math.floor(n / alphabet.length)) s = alphabet[n % alphabet.length] + s;
    return `${prefix}-${s}`;
  };
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 5, 1) - start;
  const BATCH = 5_000;

  /* ---- sensors ---- */
  for (let from = 0; from < p.sensors; from += BATCH) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(p.sensors, from + BATCH); i++) {
        const t = pick(sensorTemplates);
        // Water sensors belong to a water board, the rest to a municipality (a few to a province).
        const water = t.org === "voorbeeldrivieren";
        const org = water ? pick(boards) : rand() < 0.03 ? pick(provs) : weightedMunicipality();
        const town = water || org.kind === "province" ? weightedMunicipality().short : org.short;
        const street = pick(streets);
        const swap = (s: string | undefined) =>
          s
            ?.replace(placePattern, street)
            .replace(/Voorbeeldstad|Proefdorp/g, town)
            .replace(/Voorbeeldrivieren/g, org.short);
        const d = t.data;
        const extra = rand() < 0.6 ? ` ${pick(extraSentences)}` : "";
        const name = `${swap(d.name)}${rand() < 0.5 ? ` ${town}` : ""}`.slice(0, 120);
        const city = municipalities.find((m) => m.short === town) ?? municipalities[0]!;
        const lon = city.lon + (gauss() * 0.02) / 0.62;
        const lat = city.lat + gauss() * 0.02;
        const archived = rand() < 0.04;
        const activeUntil = d.activeUntil ?? (rand() < 0.08 ? `20${20 + Math.floor(rand() * 10)}-06-30` : undefined);
        const data: Sensor = {
          ...d,
          name,
          ownerReference: d.ownerReference ? `${d.ownerReference.replace(/-\d+$/, "")}-${100 + (i % 900)}` : undefined,
          operator: swap(d.operator),
          measures: `${swap(d.measures)}${extra}`,
          purpose: swap(d.purpose)!,
          collectiveInterest: swap(d.collectiveInterest)!,
          locationDescription: swap(d.locationDescription),
          geometry: { type: "Point", coordinates: [lon, lat] },
          activeUntil,
          values: d.values.map((v) => ({ ...v, explanation: swap(v.explanation)! })),
        };
        const publishedAt = start + Math.floor(rand() * span);
        const id = Number(
          insEntry.run(
            publicId("S", i),
            "sensor",
            org.id,
            archived ? "archived" : "published",
            name,
            JSON.stringify(data),
            publishedAt,
            archived ? publishedAt + 86_400_000 : null,
            archived ? "2025-01-01" : null,
          ).lastInsertRowid,
        );
        insSensor.run(id, d.type, d.mobility, d.personalData ? 1 : 0, "Point", lon, lat, lon, lat, lon, lat, d.activeFrom, activeUntil ?? null);
        for (const th of d.themes) insTheme.run(id, th);
        for (const v of data.values) insValue.run(id, v.value, v.assessment, v.explanation, v.actionCategory ?? null, v.action ?? null);
      }
    })();
  }

  /* ---- algorithms ---- */
  for (let from = 0; from < p.algorithms; from += BATCH) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(p.algorithms, from + BATCH); i++) {
        const t = pick(algorithmTemplates);
        const water = t.org === "voorbeeldrivieren";
        const org = water ? pick(boards) : rand() < 0.05 ? pick(provs) : pick(municipalities);
        const variant = pick(algorithmVariants);
        const json = JSON.stringify(t.data)
          .replace(/Voorbeeldstad|Proefdorp|Voorbeeldrivieren/g, org.short.replace(/"/g, ""))
          .replace(/voorbeeldstad|proefdorp|voorbeeldrivieren/g, slugOf(org.short));
        const d = JSON.parse(json) as Algorithm;
        const data: Algorithm = {
          ...d,
          name: `${d.name}${variant}`.slice(0, 200),
          goal: `${d.goal} ${rand() < 0.5 ? pick(extraSentences) : ""}`.trim(),
        };
        const publishedAt = start + Math.floor(rand() * span);
        const archived = rand() < 0.04;
        const id = Number(
          insEntry.run(
            publicId("A", i),
            "algorithm",
            org.id,
            archived ? "archived" : "published",
            data.name,
            JSON.stringify(data),
            publishedAt,
            archived ? publishedAt + 86_400_000 : null,
            archived ? "2025-01-01" : null,
          ).lastInsertRowid,
        );
        insAlgorithm.run(id, data.status, data.publicationCategory, data.beginMonth, data.endMonth ?? null, data.contest ? 1 : 0);
        for (const th of data.themes) insTheme.run(id, th);
        for (const v of data.values) insValue.run(id, v.value, v.assessment, v.explanation, v.actionCategory ?? null, v.action ?? null);
      }
    })();
  }
  return {
    organisations: municipalities.length + boards.length + provs.length,
    sensors: p.sensors,
    algorithms: p.algorithms,
    someOrganisations: [slugOf("Gemeente Utrecht"), slugOf("Gemeente Amsterdam"), slugOf(waterBoards[6]!)],
  };
}

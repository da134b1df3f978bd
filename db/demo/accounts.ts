/**
 * Demo accounts that come with the example data. DEMO ONLY: their password is published (README, login
 * page), and a production server refuses to start while any of them still has it.
 */
import type { Localized } from "@/lib/codio";
import type { MemberRole } from "@/lib/vocab";

export const DEMO_PASSWORD = "demo-wachtwoord-2026";

export interface DemoAccount {
  email: string;
  name: string;
  isAdmin?: boolean;
  roles: { organisation: string; role: MemberRole }[];
  description: Localized;
}

export const demoAccounts: DemoAccount[] = [
  {
    email: "beheerder@register.example.nl",
    name: "Demo Beheerder",
    isAdmin: true,
    roles: [],
    description: { nl: "sitebeheerder: organisaties, gebruikers, auditlog", en: "site admin: organisations, users, audit log" },
  },
  {
    email: "redacteur@voorbeeldstad.example.nl",
    name: "Demo Redacteur Voorbeeldstad",
    roles: [{ organisation: "voorbeeldstad", role: "editor" }],
    description: { nl: "redacteur bij Gemeente Voorbeeldstad", en: "editor at Gemeente Voorbeeldstad" },
  },
  {
    email: "publicist@voorbeeldstad.example.nl",
    name: "Demo Publicist Voorbeeldstad",
    roles: [{ organisation: "voorbeeldstad", role: "publisher" }],
    description: { nl: "publicist bij Gemeente Voorbeeldstad", en: "publisher at Gemeente Voorbeeldstad" },
  },
  {
    email: "publicist2@voorbeeldstad.example.nl",
    name: "Demo Tweede Publicist Voorbeeldstad",
    roles: [{ organisation: "voorbeeldstad", role: "publisher" }],
    description: { nl: "tweede publicist bij Gemeente Voorbeeldstad (vier ogen)", en: "second publisher at Gemeente Voorbeeldstad (four eyes)" },
  },
  {
    email: "redacteur@voorbeeldrivieren.example.nl",
    name: "Demo Redacteur Waterschap",
    roles: [{ organisation: "voorbeeldrivieren", role: "editor" }],
    description: { nl: "redacteur bij Waterschap Voorbeeldrivieren", en: "editor at Waterschap Voorbeeldrivieren" },
  },
  {
    email: "publicist@voorbeeldrivieren.example.nl",
    name: "Demo Publicist Waterschap",
    roles: [{ organisation: "voorbeeldrivieren", role: "publisher" }],
    description: { nl: "publicist bij Waterschap Voorbeeldrivieren", en: "publisher at Waterschap Voorbeeldrivieren" },
  },
  {
    email: "melder@parkeergarages.example.nl",
    name: "Demo Melder Parkeergarages",
    roles: [{ organisation: "voorbeeld-parkeergarages", role: "editor" }],
    description: {
      nl: "redacteur bij Voorbeeld Parkeergarages B.V. (een bedrijf met meldplicht; Gemeente Voorbeeldstad keurt goed)",
      en: "editor at Voorbeeld Parkeergarages B.V. (a company with a reporting duty; Gemeente Voorbeeldstad approves)",
    },
  },
  {
    email: "medewerker@proefdorp.example.nl",
    name: "Demo Medewerker Proefdorp",
    roles: [{ organisation: "proefdorp", role: "publisher" }],
    description: {
      nl: "enige publicist bij Gemeente Proefdorp (eenpersoonsteam, mag eigen wijzigingen goedkeuren)",
      en: "sole publisher at Gemeente Proefdorp (one-person team, may approve own changes)",
    },
  },
];

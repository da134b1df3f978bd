/**
 * Demo organisations. All four are fictional examples and say so in their names; every web and mail
 * address is an example.nl address. They have no TOOI identifier because they do not exist.
 */
import type { OrganisationInput } from "@/lib/schemas/organisation";

export const demoOrganisations: OrganisationInput[] = [
  {
    name: "Gemeente Voorbeeldstad",
    slug: "voorbeeldstad",
    kind: "municipality",
    contactEmail: "register@voorbeeldstad.example.nl",
    website: "https://www.voorbeeldstad.example.nl",
    objectionUrl: "https://www.voorbeeldstad.example.nl/bezwaar-maken",
    objectionAddress: "Gemeente Voorbeeldstad, t.a.v. Team Bezwaar en Beroep, Antwoordnummer 12345, 1234 AB Voorbeeldstad",
    allowSelfApproval: false,
  },
  {
    name: "Waterschap Voorbeeldrivieren",
    slug: "voorbeeldrivieren",
    kind: "water_board",
    contactEmail: "register@voorbeeldrivieren.example.nl",
    website: "https://www.voorbeeldrivieren.example.nl",
    objectionUrl: "https://www.voorbeeldrivieren.example.nl/bezwaar",
    objectionAddress: "Waterschap Voorbeeldrivieren, t.a.v. Juridische Zaken, Postbus 1000, 3400 AA Voorbeeldrivieren",
    allowSelfApproval: false,
  },
  {
    name: "Gemeente Proefdorp",
    slug: "proefdorp",
    kind: "municipality",
    contactEmail: "info@proefdorp.example.nl",
    website: "https://www.proefdorp.example.nl",
    objectionUrl: "https://www.proefdorp.example.nl/bezwaar",
    objectionAddress: "Gemeente Proefdorp, t.a.v. het college van burgemeester en wethouders, Postbus 10, 3990 AA Proefdorp",
    // Proefdorp's register is kept by one official: one-person teams may approve their own changes.
    allowSelfApproval: true,
  },
  {
    // A company that reports its sensors in public space under Voorbeeldstad's reporting duty (as Amsterdam's
    // bylaw, APV article 2.25a, asks): its staff register and submit, Voorbeeldstad's publishers approve.
    name: "Voorbeeld Parkeergarages B.V.",
    slug: "voorbeeld-parkeergarages",
    kind: "company",
    moderator: "voorbeeldstad",
    contactEmail: "sensoren@parkeergarages.example.nl",
    website: "https://www.parkeergarages.example.nl",
    allowSelfApproval: false,
  },
];

/**
 * CODIO — Code Goed Digitaal Openbaar Bestuur (Meijer & Ruijter, Universiteit Utrecht / USBO advies,
 * for the Dutch Ministry of the Interior and Kingdom Relations, April 2021) as typed data.
 *
 * Structure: 3 foundations (fundamenten) → 6 principles (principes) → values (waarden), plus the
 * categories of organisational actions (chapter 6, figure 4) and the example actions of annex C.
 *
 * - Dutch names, definitions and descriptions are taken from the report (chapters 2, 3, 4 and 6 and
 *   annex C). Only obvious typos are fixed; each fix is marked with a `// report:` comment.
 * - English texts are plain, faithful translations of the Dutch.
 * - Order: principles in the order of chapter 3 and figure 3; values within a principle in the order
 *   of the value tables of chapter 4.
 * - Figure 3 shows 30 values; the table for "Verantwoordelijkheid" additionally defines
 *   "Verantwoording", which is therefore kept with `inFigure3: false`.
 *
 * Pure data: this module has no runtime imports.
 */

export type Localized = { nl: string; en: string };

export interface Foundation {
  slug: string;
  name: Localized;
  description: Localized;
}

export interface Principle {
  slug: string;
  /** slug of the foundation this principle belongs to */
  foundation: string;
  name: Localized;
  description: Localized;
}

export interface CodioValue {
  slug: string;
  /** slug of the principle this value belongs to */
  principle: string;
  name: Localized;
  definition: Localized;
  /** whether the value appears in figure 3 of the report (all but "Verantwoording") */
  inFigure3: boolean;
}

export interface ActionCategory {
  slug: string;
  name: Localized;
  description: Localized;
}

export interface ExampleAction {
  /** slug of the value the example safeguards */
  value: string;
  /** slug of the action category */
  category: string;
  text: Localized;
}

// ---------------------------------------------------------------------------------------------
// Foundations (chapter 2)
// ---------------------------------------------------------------------------------------------

const foundationData = [
  {
    slug: "democratie",
    name: { nl: "Democratie", en: "Democracy" },
    description: {
      nl: "Het fundament van de democratie benadrukt de relatie tussen het bestuur en het geheel van burgers. Hierbij wordt een onderscheid gemaakt tussen participatie (rule by the people) en maatschappelijke waarde voor de samenleving (rule for the people).",
      en: "The foundation of democracy emphasises the relationship between government and citizens as a whole. A distinction is made here between participation (rule by the people) and societal value for society (rule for the people).",
    },
  },
  {
    slug: "rechtstaat",
    name: { nl: "Rechtstaat", en: "Rule of law" },
    description: {
      // report: this passage is split by a page break (footnotes 4–5); joined here
      nl: "Goed bestuur vanuit een rechtstatelijk kader geeft invulling aan waarden vanuit rechten van burgers en dit fundament richt zich met name op de relatie tussen het bestuur en een individuele burger. Daarbij kan een onderscheid worden gemaakt tussen mensenrechten (inhoudelijke rechtvaardigheid) en procedurele rechtvaardigheid (procesrechtvaardigheid).",
      en: "Good governance from a rule-of-law perspective gives substance to values based on the rights of citizens, and this foundation focuses mainly on the relationship between government and an individual citizen. A distinction can be made between human rights (substantive justice) and procedural justice (justice of process).",
    },
  },
  {
    slug: "bestuurskracht",
    name: { nl: "Bestuurskracht", en: "Governance capacity" },
    description: {
      nl: "Bestuurskracht gaat om de mate waarin het bestuur in staat is om haar opgaven en rollen waar te maken en de gewenste prestatie te kunnen leveren. Bij bestuurskracht kan een onderscheid worden gemaakt tussen enerzijds de kwaliteit van het bestuur zelf (bestuurskwaliteit) en anderzijds de inbedding van het bestuur in een breder systeem van checks and balances (verantwoordelijkheid).",
      en: "Governance capacity concerns the extent to which government is able to fulfil its tasks and roles and to deliver the desired performance. A distinction can be made between, on the one hand, the quality of government itself (governance quality) and, on the other, the embedding of government in a broader system of checks and balances (responsibility).",
    },
  },
] as const satisfies readonly Foundation[];

export type FoundationSlug = (typeof foundationData)[number]["slug"];
export const foundations: readonly Foundation[] = foundationData;

// ---------------------------------------------------------------------------------------------
// Principles (chapter 3)
// ---------------------------------------------------------------------------------------------

const principleData = [
  {
    slug: "participatie",
    foundation: "democratie",
    name: { nl: "Participatie", en: "Participation" },
    description: {
      nl: "Hierbij gaat het om de verplichting om het bestuur af te stemmen op wat er leeft onder mensen. En ook samenwerking met stakeholders, maatschappelijke partijen en bedrijven valt hieronder.",
      en: "This concerns the obligation to attune government to what matters to people. Cooperation with stakeholders, civil society organisations and businesses also falls under it.",
    },
  },
  {
    slug: "maatschappelijke-waarde",
    foundation: "democratie",
    name: { nl: "Maatschappelijke waarde", en: "Societal value" },
    description: {
      nl: "Dit principe betreft de resultaten van het functioneren van het bestuur. Levert dit wenselijke resultaten op voor de samenleving?",
      en: "This principle concerns the results of the functioning of government. Does it produce desirable results for society?",
    },
  },
  {
    slug: "procedurele-rechtvaardigheid",
    foundation: "rechtstaat",
    name: { nl: "Procedurele rechtvaardigheid", en: "Procedural justice" },
    description: {
      // report: "passendheid non-discriminatie" (missing comma)
      nl: "Dit betreft het – legaal en legitiem – functioneren van het bestuur. Deze brede categorie heeft betrekking op waarden zoals passendheid, non-discriminatie, uitlegbaarheid en gebruiksvriendelijkheid van digitale technologieën.",
      en: "This concerns the – legal and legitimate – functioning of government. This broad category relates to values such as appropriateness, non-discrimination, explainability and user-friendliness of digital technologies.",
    },
  },
  {
    slug: "mensenrechten",
    foundation: "rechtstaat",
    name: { nl: "Mensenrechten", en: "Human rights" },
    description: {
      nl: "Hierbij gaat het om inhoudelijke rechtvaardigheid. Dit betreft het centraal stellen van waarden gebaseerd op mensenrechten van burgers, waarbij het gaat over waarden zoals privacy, autonomie en menselijke waardigheid.",
      en: "This concerns substantive justice. It means putting at the centre values based on the human rights of citizens, such as privacy, autonomy and human dignity.",
    },
  },
  {
    slug: "bestuurskwaliteit",
    foundation: "bestuurskracht",
    name: { nl: "Bestuurskwaliteit", en: "Governance quality" },
    description: {
      nl: "Dit principe betreft het vermogen van het bestuur zich aan te passen aan veranderingen die digitalisering in de eigen organisatie of in de omgeving met zich meebrengt. Relevante waarden zijn wendbaarheid, risicobewustzijn en veiligheid.",
      en: "This principle concerns the ability of government to adapt to the changes that digitalisation brings about in its own organisation or in its environment. Relevant values are agility, risk awareness and security.",
    },
  },
  {
    slug: "verantwoordelijkheid",
    foundation: "bestuurskracht",
    name: { nl: "Verantwoordelijkheid", en: "Responsibility" },
    description: {
      nl: "Hierbij gaat het om de inbedding van het bestuur in het bredere systeem van checks and balances van de rechtstaat. Relevante waarden zijn aanspreekbaarheid, controleerbaarheid en menselijke eindverantwoordelijkheid van het gebruik van digitale technologieën.",
      en: "This concerns the embedding of government in the broader system of checks and balances of the rule of law. Relevant values are answerability, verifiability and human final responsibility for the use of digital technologies.",
    },
  },
] as const satisfies readonly (Principle & { foundation: FoundationSlug })[];

export type PrincipleSlug = (typeof principleData)[number]["slug"];
export const principles: readonly Principle[] = principleData;

// ---------------------------------------------------------------------------------------------
// Values (chapter 4, tables; figure 3)
// ---------------------------------------------------------------------------------------------

const valueData = [
  // --- Participatie -------------------------------------------------------------------------
  {
    slug: "burgerbetrokkenheid",
    principle: "participatie",
    name: { nl: "Burgerbetrokkenheid", en: "Citizen involvement" },
    definition: {
      // report: "De overheid betreft burgers actief" ("betreft" for "betrekt")
      nl: "De overheid betrekt burgers actief en in een open gesprek bij besluitvorming rondom en inzet van digitale middelen in bestuur.",
      en: "The government actively involves citizens, in an open dialogue, in decision-making about and the use of digital means in governance.",
    },
    inFigure3: true,
  },
  {
    slug: "inclusiviteit",
    principle: "participatie",
    name: { nl: "Inclusiviteit", en: "Inclusiveness" },
    definition: {
      nl: "De overheid draagt er zorg voor dat digitale processen toegankelijk zijn voor diverse groepen in de samenleving.",
      en: "The government ensures that digital processes are accessible to diverse groups in society.",
    },
    inFigure3: true,
  },
  {
    slug: "transparantie",
    principle: "participatie",
    name: { nl: "Transparantie", en: "Transparency" },
    definition: {
      nl: "De overheid streeft naar openheid en transparantie van zaken aangaande technologie en data en draagt er zorg voor dat (de totstandkoming van) informatie toegankelijk is voor iedereen.",
      en: "The government strives for openness and transparency in matters concerning technology and data, and ensures that information (and how it came about) is accessible to everyone.",
    },
    inFigure3: true,
  },
  {
    slug: "samenwerking",
    principle: "participatie",
    name: { nl: "Samenwerking", en: "Cooperation" },
    definition: {
      nl: "Overheid werkt rondom digitalisering actief samen met andere (markt)partijen maar doet dit alleen wanneer deze derden dezelfde principes als de overheid onderschrijven.",
      en: "Government actively cooperates with other (market) parties on digitalisation, but only does so when these third parties subscribe to the same principles as the government.",
    },
    inFigure3: true,
  },

  // --- Maatschappelijke waarde --------------------------------------------------------------
  {
    slug: "collectief-belang",
    principle: "maatschappelijke-waarde",
    // report: the table writes "Collectieve belang"; figure 3 writes "Collectief belang"
    name: { nl: "Collectief belang", en: "Collective interest" },
    definition: {
      nl: "Dataverzameling en -gebruik moet ten dienste staan van collectieve belangen zoals mobiliteit, onderwijs, defensie, etc.",
      en: "Data collection and use must serve collective interests such as mobility, education, defence, etc.",
    },
    inFigure3: true,
  },
  {
    slug: "duurzaamheid",
    principle: "maatschappelijke-waarde",
    name: { nl: "Duurzaamheid", en: "Sustainability" },
    definition: {
      nl: "De negatieve impact – footprint – van de inzet van digitale technologie op natuur en milieu is minimaal.",
      en: "The negative impact – footprint – of the use of digital technology on nature and the environment is minimal.",
    },
    inFigure3: true,
  },
  {
    slug: "voorkomen-van-schade",
    principle: "maatschappelijke-waarde",
    name: { nl: "Voorkomen van schade", en: "Prevention of harm" },
    definition: {
      nl: "Bij de inzet van technologie door de overheid dient deze de veiligheid, gezondheid en het welzijn van burgers niet te schaden.",
      en: "When the government uses technology, it must not harm the safety, health and well-being of citizens.",
    },
    inFigure3: true,
  },
  {
    slug: "bescherming",
    principle: "maatschappelijke-waarde",
    name: { nl: "Bescherming", en: "Protection" },
    definition: {
      nl: "De overheid beschermt burgers en bedrijven tegen oneerlijke en ongewenste praktijken van (markt)partijen.",
      en: "The government protects citizens and businesses against unfair and undesirable practices of (market) parties.",
    },
    inFigure3: true,
  },

  // --- Procedurele rechtvaardigheid ---------------------------------------------------------
  {
    slug: "passendheid",
    principle: "procedurele-rechtvaardigheid",
    name: { nl: "Passendheid", en: "Appropriateness" },
    definition: {
      nl: "De technologie neemt de specifieke behoeftes van verschillende sociale groepen (leeftijd, cultureel, mensen met een beperking en sociaal-economisch) in acht en zorgt indien nodig voor maatwerk.",
      en: "The technology takes into account the specific needs of different social groups (age, cultural, people with a disability and socio-economic) and provides a tailored approach where necessary.",
    },
    inFigure3: true,
  },
  {
    slug: "non-discriminatie",
    principle: "procedurele-rechtvaardigheid",
    name: { nl: "Non-discriminatie", en: "Non-discrimination" },
    definition: {
      nl: "Gelijke kansen en gelijke behandeling zijn kernwaarden, ook bij het implementeren van digitale techniek.",
      en: "Equal opportunities and equal treatment are core values, also when implementing digital technology.",
    },
    inFigure3: true,
  },
  {
    slug: "uitlegbaarheid",
    principle: "procedurele-rechtvaardigheid",
    name: { nl: "Uitlegbaarheid", en: "Explainability" },
    definition: {
      nl: "Uitlegbaarheid van digitale processen is cruciaal voor het vertrouwen van de burger in de overheid.",
      en: "Explainability of digital processes is crucial for citizens' trust in the government.",
    },
    inFigure3: true,
  },
  {
    slug: "gebruiksvriendelijkheid",
    principle: "procedurele-rechtvaardigheid",
    name: { nl: "Gebruiksvriendelijkheid", en: "User-friendliness" },
    definition: {
      nl: "De overheid zorgt ervoor dat de digitale processen goed werken voor alle verschillende gebruikers.",
      en: "The government ensures that digital processes work well for all the different users.",
    },
    inFigure3: true,
  },
  {
    slug: "aanvechtbaarheid",
    principle: "procedurele-rechtvaardigheid",
    name: { nl: "Aanvechtbaarheid", en: "Contestability" },
    definition: {
      nl: "Overheden staan open voor klachten van burgers en burgers kunnen de beslissingen of de acties van digitale systemen van de overheid aanvechten.",
      en: "Governments are open to complaints from citizens, and citizens can contest the decisions or actions of the government's digital systems.",
    },
    inFigure3: true,
  },
  {
    slug: "oplossingsgerichtheid",
    principle: "procedurele-rechtvaardigheid",
    name: { nl: "Oplossingsgerichtheid", en: "Solution orientation" },
    definition: {
      nl: "Bij problemen rondom het gebruik van technologische systemen spant de overheid zich in om oplossingen te vinden voor burgers.",
      en: "When problems arise around the use of technological systems, the government makes an effort to find solutions for citizens.",
    },
    inFigure3: true,
  },

  // --- Mensenrechten ------------------------------------------------------------------------
  {
    slug: "vrijheid-van-meningsuiting",
    principle: "mensenrechten",
    name: { nl: "Vrijheid van meningsuiting", en: "Freedom of expression" },
    definition: {
      nl: "In het gebruik van digitale systemen wordt de vrijheid van meningsuiting gerespecteerd.",
      en: "Freedom of expression is respected in the use of digital systems.",
    },
    inFigure3: true,
  },
  {
    slug: "privacy",
    principle: "mensenrechten",
    name: { nl: "Privacy", en: "Privacy" },
    definition: {
      nl: "Privacy van burgers is gegarandeerd. Overheden en (markt)partijen die voor de overheid werken gaan op prudente wijze om met persoonsgegevens (privacy-by-design principe, limiteren van verzameling persoonsgegevens, openheid richting gebruikers, etc.).",
      en: "Citizens' privacy is guaranteed. Governments and (market) parties working for the government handle personal data prudently (privacy-by-design principle, limiting the collection of personal data, openness towards users, etc.).",
    },
    inFigure3: true,
  },
  {
    slug: "menselijke-autonomie",
    principle: "mensenrechten",
    name: { nl: "Menselijke autonomie", en: "Human autonomy" },
    definition: {
      nl: "De overheid of gerelateerde organisatie respecteert autonomie en zelfbeschikking van burgers, ook in relatie tot hun data.",
      en: "The government or a related organisation respects the autonomy and self-determination of citizens, also in relation to their data.",
    },
    inFigure3: true,
  },
  {
    slug: "menselijke-waardigheid",
    principle: "mensenrechten",
    name: { nl: "Menselijke waardigheid", en: "Human dignity" },
    definition: {
      nl: "Gebruik van digitale technologie door de overheid en samenwerkende (markt)partijen dient menselijke waardigheid (sociale samenhang, betekenisvol contact, respect, zelfontplooiing) te respecteren.",
      en: "The use of digital technology by the government and cooperating (market) parties must respect human dignity (social cohesion, meaningful contact, respect, self-development).",
    },
    inFigure3: true,
  },

  // --- Bestuurskwaliteit --------------------------------------------------------------------
  {
    slug: "wendbaarheid",
    principle: "bestuurskwaliteit",
    name: { nl: "Wendbaarheid", en: "Agility" },
    definition: {
      nl: "De overheid werkt constant aan het updaten en verbeteren van haar digitale bestuur, streeft ernaar up to date te blijven op het gebied van innovatie en zorgt ervoor dat externe veranderingen gemakkelijk kunnen worden opgevangen.",
      en: "The government constantly works on updating and improving its digital governance, strives to stay up to date in the field of innovation and ensures that external changes can easily be absorbed.",
    },
    inFigure3: true,
  },
  {
    slug: "kennis",
    principle: "bestuurskwaliteit",
    name: { nl: "Kennis", en: "Knowledge" },
    definition: {
      nl: "De organisatie borgt in de eigen organisatie kennis over hoe de technologie functioneert, en ook over de juridische en ethische eisen die hieraan worden gesteld.",
      en: "The organisation secures within its own organisation knowledge of how the technology works, and also of the legal and ethical requirements that apply to it.",
    },
    inFigure3: true,
  },
  {
    slug: "risicobewustzijn",
    principle: "bestuurskwaliteit",
    name: { nl: "Risicobewustzijn", en: "Risk awareness" },
    definition: {
      // report: "De medewerkers zijn zich bewust zijn van" (doubled "zijn")
      nl: "De medewerkers zijn zich bewust van de mogelijke impact en tekortkomingen van technologie en brengen risico's door middel van bijvoorbeeld risk assessments in kaart.",
      en: "Staff are aware of the possible impact and shortcomings of technology and map the risks by means of, for example, risk assessments.",
    },
    inFigure3: true,
  },
  {
    slug: "correctie",
    principle: "bestuurskwaliteit",
    name: { nl: "Correctie", en: "Correction" },
    definition: {
      nl: "Door middel van (peer) review, feedback en impact assessment, wordt technologie en/of haar inzet aangepast om negatieve consequenties te verhinderen en te voorkomen.",
      en: "By means of (peer) review, feedback and impact assessment, technology and/or its use is adjusted to stop and prevent negative consequences.",
    },
    inFigure3: true,
  },
  {
    slug: "veiligheid",
    principle: "bestuurskwaliteit",
    name: { nl: "Veiligheid", en: "Security" },
    definition: {
      nl: "De overheid zorgt ervoor dat techniek en/of digitale infrastructuur robuust en veilig voor gebruikers is en is beveiligd tegen inbraak en hackers.",
      en: "The government ensures that technology and/or digital infrastructure is robust and safe for users and is secured against intrusion and hackers.",
    },
    inFigure3: true,
  },
  {
    slug: "doelmatigheid",
    principle: "bestuurskwaliteit",
    name: { nl: "Doelmatigheid", en: "Efficiency" },
    definition: {
      // report: final full stop missing
      nl: "Het bestuur maakt de doelen van de digitale technologieën bekend en neemt de beslissingen en maatregelen die nodig zijn om de gestelde doelen met prudent gebruik van financiële middelen te behalen.",
      en: "The administration makes the goals of the digital technologies known and takes the decisions and measures needed to achieve the stated goals with prudent use of financial resources.",
    },
    inFigure3: true,
  },
  {
    slug: "onafhankelijkheid",
    principle: "bestuurskwaliteit",
    name: { nl: "Onafhankelijkheid", en: "Independence" },
    definition: {
      nl: "De overheid voorkomt zo veel mogelijk dat zij voor digitale processen in hoge mate gebonden is aan één marktpartij.",
      en: "The government prevents as far as possible being highly tied to a single market party for digital processes.",
    },
    inFigure3: true,
  },

  // --- Verantwoordelijkheid -----------------------------------------------------------------
  {
    slug: "aanspreekbaarheid",
    principle: "verantwoordelijkheid",
    name: { nl: "Aanspreekbaarheid", en: "Answerability" },
    definition: {
      nl: "Uitvoerders (overheid of derden) nemen verantwoordelijkheid voor het ontwerp en onderhoud van de technologie; rollen, taken en verantwoordelijkheden zijn helder vastgelegd en ook bij samenwerking is duidelijk wie aanspreekbaar is op gevolgen.",
      en: "Those who carry it out (government or third parties) take responsibility for the design and maintenance of the technology; roles, tasks and responsibilities are clearly laid down, and also in cooperation it is clear who can be held to account for the consequences.",
    },
    inFigure3: true,
  },
  {
    // Defined in the table of chapter 4 but not shown in figure 3.
    slug: "verantwoording",
    principle: "verantwoordelijkheid",
    name: { nl: "Verantwoording", en: "Accountability" },
    definition: {
      nl: "Het bestuur legt actief aan de samenleving en politiek verantwoording af over digitaal bestuur.",
      en: "The administration actively renders account to society and politics for digital governance.",
    },
    inFigure3: false,
  },
  {
    slug: "controleerbaarheid",
    principle: "verantwoordelijkheid",
    name: { nl: "Controleerbaarheid", en: "Verifiability" },
    definition: {
      nl: "Digitaal bestuur is transparant, begrijpelijk en open, zodat burgers en andere maatschappelijke stakeholders het werk van de overheid kunnen controleren en bijvoorbeeld inzage hebben in welke gegevens de overheid over hen heeft.",
      en: "Digital governance is transparent, understandable and open, so that citizens and other societal stakeholders can check the work of the government and, for example, can see what data the government holds about them.",
    },
    inFigure3: true,
  },
  {
    slug: "toezicht",
    principle: "verantwoordelijkheid",
    name: { nl: "Toezicht", en: "Oversight" },
    definition: {
      nl: "Overheid implementeert processen voor het geregeld plaatsvinden van interne en externe inspectie op haar digitale processen.",
      en: "Government implements processes for regular internal and external inspection of its digital processes.",
    },
    inFigure3: true,
  },
  {
    slug: "integriteit",
    principle: "verantwoordelijkheid",
    name: { nl: "Integriteit", en: "Integrity" },
    definition: {
      nl: "De overheid is betrouwbaar, eerlijk, oprecht en niet omkoopbaar in de aanschaf, ontwikkeling en gebruik van digitale technologie.",
      en: "The government is reliable, honest, sincere and incorruptible in the acquisition, development and use of digital technology.",
    },
    inFigure3: true,
  },
  {
    slug: "menselijke-eindverantwoordelijkheid",
    principle: "verantwoordelijkheid",
    name: { nl: "Menselijke eindverantwoordelijkheid", en: "Human final responsibility" },
    definition: {
      nl: "Er is altijd menselijk toezicht en menselijke eindverantwoordelijkheid voor digitale processen.",
      en: "There is always human oversight and human final responsibility for digital processes.",
    },
    inFigure3: true,
  },
] as const satisfies readonly (CodioValue & { principle: PrincipleSlug })[];

export type ValueSlug = (typeof valueData)[number]["slug"];
export const values: readonly CodioValue[] = valueData;

// ---------------------------------------------------------------------------------------------
// Categories of organisational actions (chapter 6, figure 4)
// ---------------------------------------------------------------------------------------------

const actionCategoryData = [
  {
    slug: "interactie-met-stakeholders",
    name: { nl: "Interactie met stakeholders", en: "Interaction with stakeholders" },
    description: {
      // report: "de participatie van burgers en voor het betrekken van" (stray "voor")
      nl: "Bij interactie met stakeholders gaat het om de participatie van burgers en het betrekken van externe experts bij digitalisering van bestuur.",
      en: "Interaction with stakeholders concerns the participation of citizens and the involvement of external experts in the digitalisation of government.",
    },
  },
  {
    slug: "aanbesteding-en-marktpartijen",
    name: {
      nl: "Aanbesteding en contacten met marktpartijen",
      en: "Procurement and contacts with market parties",
    },
    description: {
      nl: "Bij aanbesteding en contact met marktpartijen gaat het over acties die ervoor zorgen dat de diverse contacten met marktpartijen bijdragen aan goed openbaar digitaal bestuur.",
      en: "Procurement and contacts with market parties concern actions that ensure that the various contacts with market parties contribute to good digital public governance.",
    },
  },
  {
    slug: "technische-standaarden",
    name: { nl: "(Technische) standaarden", en: "(Technical) standards" },
    description: {
      nl: "(Technische) standaarden betreffen specifieke acties voor de ontwikkeling en het gebruik van de technische systemen.",
      en: "(Technical) standards concern specific actions for the development and use of the technical systems.",
    },
  },
  {
    slug: "informatieverstrekking",
    name: { nl: "Informatieverstrekking", en: "Provision of information" },
    description: {
      nl: "Informatieverstrekking betreft de passieve maar vooral ook actieve verstrekking van informatie aan burgers, politiek en stakeholders over de digitalisering van het openbaar bestuur.",
      en: "Provision of information concerns the passive but above all also the active provision of information to citizens, politics and stakeholders about the digitalisation of public governance.",
    },
  },
  {
    slug: "onderzoek-monitoring-evaluatie",
    name: { nl: "Onderzoek, monitoring & evaluatie", en: "Research, monitoring & evaluation" },
    description: {
      nl: "Bij onderzoek, monitoring en evaluatie gaat het om de wijze waarop de organisatie zorgt dat ze weten of de digitalisering bijdraagt aan de waarden.",
      en: "Research, monitoring and evaluation concern the way in which the organisation makes sure it knows whether digitalisation contributes to the values.",
    },
  },
  {
    slug: "inrichting-organisatie-competenties",
    name: {
      nl: "Inrichting van de organisatie en competenties",
      en: "Organisational set-up and competences",
    },
    description: {
      nl: "Bij de inrichting van de organisatie en competenties gaat het om organisatorische maatregelen, helderheid over interventies en verantwoordelijkheden maar ook om het trainen en opleiden van medewerkers opdat zij de competenties hebben die nodig zijn voor goed digitaal openbaar bestuur.",
      en: "Organisational set-up and competences concern organisational measures, clarity about interventions and responsibilities, but also the training and education of staff so that they have the competences needed for good digital public governance.",
    },
  },
] as const satisfies readonly ActionCategory[];

export type ActionCategorySlug = (typeof actionCategoryData)[number]["slug"];
export const actionCategories: readonly ActionCategory[] = actionCategoryData;

// ---------------------------------------------------------------------------------------------
// Example actions (annex C), in the order of the annex
// ---------------------------------------------------------------------------------------------

const exampleActionData = [
  // --- Interactie met stakeholders ----------------------------------------------------------
  {
    // annex C names the principle "Participatie"
    value: "burgerbetrokkenheid",
    category: "interactie-met-stakeholders",
    text: {
      nl: "Inspraakmogelijkheden voor burgers bij inzet van slimme technologie die hen direct raakt (bijvoorbeeld in de buitenruimte).",
      en: "Opportunities for citizens to have a say in the use of smart technology that affects them directly (for example in public space).",
    },
  },
  {
    value: "non-discriminatie",
    category: "interactie-met-stakeholders",
    text: {
      nl: "Externe deskundigen toetsen nieuwe AI op mogelijk discriminerende patronen.",
      en: "External experts review new AI for possibly discriminatory patterns.",
    },
  },
  {
    value: "wendbaarheid",
    category: "interactie-met-stakeholders",
    text: {
      nl: "De organisatie heeft een externe adviesraad voor gebruik van digitale technologie die jaarlijks een reflectie geeft op de stand van zaken in de organisatie.",
      en: "The organisation has an external advisory board on the use of digital technology that reflects annually on the state of affairs in the organisation.",
    },
  },

  // --- Aanbesteding en contacten met marktpartijen ------------------------------------------
  {
    value: "samenwerking",
    category: "aanbesteding-en-marktpartijen",
    text: {
      nl: "Samenwerking met tech platforms vindt plaats wanneer zij de principes van de code ook onderschrijven.",
      en: "Cooperation with tech platforms takes place when they also subscribe to the principles of the code.",
    },
  },
  {
    value: "duurzaamheid",
    category: "aanbesteding-en-marktpartijen",
    text: {
      nl: "Bij uitbesteding van dataopslag geldt duurzaamheid als een van de criteria.",
      en: "When data storage is outsourced, sustainability is one of the criteria.",
    },
  },
  {
    value: "bescherming",
    category: "aanbesteding-en-marktpartijen",
    text: {
      // report: sentence ends with a comma
      nl: "Overheden voorkomen dat gegevens van burgers – bijvoorbeeld bij digitale inspraak – misbruikt kunnen worden door marktpartijen.",
      en: "Governments prevent citizens' data – for example in digital public consultation – from being misused by market parties.",
    },
  },
  {
    value: "menselijke-waardigheid",
    category: "aanbesteding-en-marktpartijen",
    text: {
      nl: "Bij de selectie van nieuwe systemen voor klantcontacten geldt de bijdrage aan betekenisvol contact tussen burgers en organisatie als een expliciet criterium.",
      en: "When new systems for customer contact are selected, their contribution to meaningful contact between citizens and the organisation is an explicit criterion.",
    },
  },
  {
    value: "onafhankelijkheid",
    category: "aanbesteding-en-marktpartijen",
    text: {
      // report: final full stop missing
      nl: "Bij aanbesteding van processen wordt zoveel mogelijk gestreefd naar open source en open data zodat de organisatie niet afhankelijk is van de technologie van een specifieke leverancier.",
      en: "When processes are procured, open source and open data are pursued as far as possible so that the organisation is not dependent on the technology of a specific supplier.",
    },
  },
  {
    value: "aanspreekbaarheid",
    category: "aanbesteding-en-marktpartijen",
    text: {
      nl: "De verantwoordelijkheden en discretionaire bevoegdheid van een ingehuurde systeemontwikkelaar bij de keuzes die gemaakt worden tijdens de ontwikkeling van het systeem, worden vooraf expliciet vastgelegd.",
      en: "The responsibilities and discretionary authority of a hired system developer in the choices made during the development of the system are explicitly laid down in advance.",
    },
  },

  // --- (Technische) standaarden -------------------------------------------------------------
  {
    value: "inclusiviteit",
    category: "technische-standaarden",
    text: {
      nl: "Bij het ontwerpen van een digitale service wordt voldaan aan digitale standaarden voor toegankelijkheid voor alle burgers (bijvoorbeeld ook ouderen en mensen met een beperking).",
      en: "When a digital service is designed, it meets digital accessibility standards for all citizens (for example also older people and people with a disability).",
    },
  },
  {
    value: "vrijheid-van-meningsuiting",
    category: "technische-standaarden",
    text: {
      nl: "Bij gebruik van platforms voor inspraak worden maatregelen genomen om te waarborgen dat burgers vrijuit kunnen reageren op meningen van anderen.",
      en: "When platforms for public consultation are used, measures are taken to ensure that citizens can respond freely to the opinions of others.",
    },
  },
  {
    value: "privacy",
    category: "technische-standaarden",
    text: {
      // report: final full stop missing
      nl: "'Privacy-by-design': bij de ontwikkeling van technologie wordt al in een vroeg stadium rekening gehouden met privacy.",
      en: "'Privacy by design': when technology is developed, privacy is taken into account from an early stage.",
    },
  },
  {
    value: "gebruiksvriendelijkheid",
    category: "technische-standaarden",
    text: {
      nl: "Elk systeem bevat mogelijkheid tot correctie: als een burger een fout maakt bij het invullen van een digitaal formulier is er de mogelijkheid om dit te corrigeren.",
      en: "Every system includes a means of correction: if a citizen makes a mistake when filling in a digital form, it is possible to correct it.",
    },
  },
  {
    value: "veiligheid",
    category: "technische-standaarden",
    text: {
      nl: "Sensitieve data mag enkel worden opgeslagen en gedeeld in versleutelde en geanonimiseerde vorm.",
      en: "Sensitive data may only be stored and shared in encrypted and anonymised form.",
    },
  },

  // --- Informatieverstrekking ---------------------------------------------------------------
  {
    value: "transparantie",
    category: "informatieverstrekking",
    text: {
      nl: "Marktpartijen, instellingen, overheden en inwoners zijn transparant over de plaats en het doel van sensoren in de openbare ruimte (sensorenregister).",
      en: "Market parties, institutions, governments and residents are transparent about the location and purpose of sensors in public space (sensor register).",
    },
  },
  {
    value: "collectief-belang",
    category: "informatieverstrekking",
    text: {
      // report: "in de openbare ruimte expliciet aangegeven" (missing "wordt")
      nl: "Bij dataverzameling en -gebruik van techniek in de openbare ruimte wordt expliciet aangegeven hoe dit bijdraagt aan het maatschappelijk belang en de leefbaarheid.",
      en: "When technology in public space collects and uses data, it is stated explicitly how this contributes to the public interest and to liveability.",
    },
  },
  {
    value: "uitlegbaarheid",
    category: "informatieverstrekking",
    text: {
      nl: "Bij besluitvorming op basis van een algoritme is het voor burgers duidelijk hoe dit besluit tot stand is gekomen.",
      en: "When a decision is made on the basis of an algorithm, it is clear to citizens how this decision was reached.",
    },
  },
  {
    value: "aanvechtbaarheid",
    category: "informatieverstrekking",
    text: {
      nl: "Bij geautomatiseerde communicatie wordt altijd helder aangegeven hoe burgers een besluit kunnen aanvechten of nadere informatie kunnen krijgen.",
      en: "In automated communication it is always stated clearly how citizens can contest a decision or obtain further information.",
    },
  },
  {
    value: "verantwoording",
    category: "informatieverstrekking",
    text: {
      nl: "Bij experimenten met nieuwe technologieën legt het bestuur verantwoording af over wat er is gelukt, wat niet en welke lessen hieruit zijn getrokken.",
      en: "In experiments with new technologies, the administration renders account of what succeeded, what did not and which lessons were learned from them.",
    },
  },
  {
    value: "controleerbaarheid",
    category: "informatieverstrekking",
    text: {
      nl: "Bij het ontwerpen van systemen kunnen spanningen tussen waarden ontstaan. De overheid moet kunnen uitleggen hoe zij op een legitieme manier is omgegaan met deze spanningen.",
      en: "Tensions between values can arise when systems are designed. The government must be able to explain how it has dealt with these tensions in a legitimate way.",
    },
  },

  // --- Onderzoek, monitoring & evaluatie ----------------------------------------------------
  {
    value: "voorkomen-van-schade",
    category: "onderzoek-monitoring-evaluatie",
    text: {
      nl: "Bij inzet van nieuwe technologieën zoals VR en AR worden de risico's en de langetermijneffecten voor de gezondheid goed gemonitord.",
      en: "When new technologies such as VR and AR are used, the risks and the long-term effects on health are closely monitored.",
    },
  },
  {
    value: "passendheid",
    category: "onderzoek-monitoring-evaluatie",
    text: {
      nl: "Bij de ontwikkeling van systemen voor digitale diensten worden deze steeds getest op burgers die verschillen in leeftijd, culturele achtergrond, etc. om te waarborgen dat de systemen voor iedereen goed werken.",
      en: "When systems for digital services are developed, they are always tested with citizens who differ in age, cultural background, etc. to ensure that the systems work well for everyone.",
    },
  },
  {
    value: "integriteit",
    category: "onderzoek-monitoring-evaluatie",
    text: {
      nl: "Specifieke kwetsbaarheden bij de aanbesteding van high tech systemen worden in kaart gebracht.",
      en: "Specific vulnerabilities in the procurement of high-tech systems are mapped.",
    },
  },
  {
    value: "correctie",
    category: "onderzoek-monitoring-evaluatie",
    text: {
      nl: "Mocht AI worden ingezet, dan moeten mogelijke onvoorziene en ongewenste effecten worden gecontroleerd. Als deze worden vastgesteld, moet het systeem direct veranderd en verbeterd kunnen worden.",
      en: "If AI is used, possible unforeseen and undesirable effects must be checked. If such effects are found, it must be possible to change and improve the system immediately.",
    },
  },
  {
    value: "doelmatigheid",
    category: "onderzoek-monitoring-evaluatie",
    text: {
      nl: "Bij de introductie van elk nieuw systeem wordt een financiële toets gedaan waarin ook een afweging wordt gemaakt van de beheers- en onderhoudskosten.",
      en: "When any new system is introduced, a financial assessment is carried out that also weighs the management and maintenance costs.",
    },
  },
  {
    value: "toezicht",
    category: "onderzoek-monitoring-evaluatie",
    text: {
      nl: "Bij het nieuw implementeren van een technologie, moet een review proces van binnenuit en van buiten de organisatie plaatsvinden.",
      en: "When a technology is newly implemented, a review process from within and from outside the organisation must take place.",
    },
  },

  // --- Inrichting van de organisatie en competenties ----------------------------------------
  {
    value: "menselijke-autonomie",
    category: "inrichting-organisatie-competenties",
    text: {
      // report: "dat AI de mens te steunt" (stray "te")
      nl: "AI-systemen kunnen de werksfeer tevens fundamenteel veranderen. Er worden maatregelen genomen om te waarborgen dat AI de mens steunt in haar werkomgeving.",
      en: "AI systems can also fundamentally change the working atmosphere. Measures are taken to ensure that AI supports people in their working environment.",
    },
  },
  {
    value: "oplossingsgerichtheid",
    category: "inrichting-organisatie-competenties",
    text: {
      // report: "intervenueert" and final full stop missing
      nl: "De organisatie monitort conflicten met burgers rondom gebruik van AI en intervenieert wanneer het conflict niet snel tot een oplossing leidt.",
      en: "The organisation monitors conflicts with citizens around the use of AI and intervenes when a conflict does not quickly lead to a solution.",
    },
  },
  {
    value: "kennis",
    category: "inrichting-organisatie-competenties",
    text: {
      nl: "Bij de inzet van AI moeten uitvoerders de vaardigheden bezitten om de AI te kunnen aanpassen naar het specifieke probleem.",
      en: "When AI is used, those who operate it must have the skills to adapt the AI to the specific problem.",
    },
  },
  {
    value: "risicobewustzijn",
    category: "inrichting-organisatie-competenties",
    text: {
      // report: "bij inzet AI" (missing "van")
      nl: "Medewerkers worden getraind opdat zij zich bij inzet van AI altijd bewust zijn van de mogelijke gevolgen van deze inzet en de risico's die dat met zich meebrengt.",
      en: "Staff are trained so that, when AI is used, they are always aware of the possible consequences of this use and the risks it entails.",
    },
  },
  {
    value: "menselijke-eindverantwoordelijkheid",
    category: "inrichting-organisatie-competenties",
    text: {
      nl: "AI processen staan onder toezicht van een menselijk persoon en een menselijke eindverantwoordelijke wordt aangewezen.",
      en: "AI processes are supervised by a human person, and a human with final responsibility is designated.",
    },
  },
] as const satisfies readonly (ExampleAction & { value: ValueSlug; category: ActionCategorySlug })[];

export const exampleActions: readonly ExampleAction[] = exampleActionData;

// ---------------------------------------------------------------------------------------------
// Source
// ---------------------------------------------------------------------------------------------

export const source: { title: Localized; authors: string; year: number; publisher: Localized } = {
  title: {
    nl: "Code Goed Digitaal Openbaar Bestuur (CODIO): Borgen van waarden bij de digitalisering van het openbaar bestuur",
    en: "Code for Good Digital Public Governance (CODIO): Safeguarding values in the digitalisation of public governance",
  },
  authors: "Albert Meijer, Erna Ruijter",
  year: 2021,
  publisher: {
    nl: "USBO advies, Universiteit Utrecht, in opdracht van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    en: "USBO advies, Utrecht University, commissioned by the Dutch Ministry of the Interior and Kingdom Relations",
  },
};

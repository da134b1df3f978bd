/**
 * Demo algorithms. The organisations and algorithms are fictional, but the laws, deadlines and contest
 * routes follow Dutch administrative law (Awb, AWR, Invorderingswet) as a real municipality would
 * describe them. Texts are plain Dutch (B1). Every web and mail address is an example.nl address,
 * except links to laws (wetten.overheid.nl, eur-lex.europa.eu) and to the courts (rechtspraak.nl).
 */
import type { AlgorithmInput, AlgorithmStandardInput } from "@/lib/schemas/algorithm";
import { atStake, serves, type DemoEntry } from "./types";

type ContestRoute = NonNullable<NonNullable<AlgorithmInput["contest"]>["routes"]>[number];

const VB = "voorbeeldstad";
const VR = "voorbeeldrivieren";
const PD = "proefdorp";

const VB_SITE = "https://www.voorbeeldstad.example.nl";
const VB_MAIL = "algoritmes@voorbeeldstad.example.nl";
const VB_REGISTER = `${VB_SITE}/privacy/verwerkingsregister`;
const VB_DOCS = `${VB_SITE}/documenten`;
const VB_POST = "Antwoordnummer 12345, 1234 AB Voorbeeldstad";
const VB_PHONE = "+31 30 000 0000";

const VR_SITE = "https://www.voorbeeldrivieren.example.nl";

// --- Laws (real URLs) -------------------------------------------------------------------------
const AWB = { title: "Algemene wet bestuursrecht (Awb)", url: "https://wetten.overheid.nl/BWBR0005537" };
const AVG = { title: "Algemene verordening gegevensbescherming (AVG)", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" };
const UAVG = { title: "Uitvoeringswet Algemene verordening gegevensbescherming", url: "https://wetten.overheid.nl/BWBR0040940" };
const GEMEENTEWET = { title: "Gemeentewet", url: "https://wetten.overheid.nl/BWBR0005416" };
const AWR = { title: "Algemene wet inzake rijksbelastingen (AWR)", url: "https://wetten.overheid.nl/BWBR0002320" };
const WOZ = { title: "Wet waardering onroerende zaken (Wet WOZ)", url: "https://wetten.overheid.nl/BWBR0007119" };
const PARTICIPATIEWET = { title: "Participatiewet", url: "https://wetten.overheid.nl/BWBR0015703" };
const WMO = { title: "Wet maatschappelijke ondersteuning 2015", url: "https://wetten.overheid.nl/BWBR0035362" };
const OMGEVINGSWET = { title: "Omgevingswet", url: "https://wetten.overheid.nl/BWBR0037885" };
const WPO = { title: "Wet op het primair onderwijs (artikel 4, leerlingenvervoer)", url: "https://wetten.overheid.nl/BWBR0003420" };
const INVORDERINGSWET = { title: "Invorderingswet 1990 (artikel 26, kwijtschelding)", url: "https://wetten.overheid.nl/BWBR0004770" };
const WATERSCHAPSWET = { title: "Waterschapswet", url: "https://wetten.overheid.nl/BWBR0005108" };
const AI_ACT = { title: "Europese AI-verordening", url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj" };

// --- Contest routes shared by several algorithms ----------------------------------------------

/** Objection against a municipal tax decision (AWR/Gemeentewet): 6 weeks from the date of the aanslag. */
function taxObjection(what: string, extraInclude = ""): ContestRoute {
  return {
    kind: "objection",
    handler: "Gemeente Voorbeeldstad, afdeling Belastingen (de heffingsambtenaar)",
    deadlineAmount: 6,
    deadlineUnit: "weeks",
    deadlineFrom: "day_after_sent",
    steps: [
      `Kijk op ${what} naar de datum en het aanslagnummer. Uw bezwaar moet binnen 6 weken na die datum bij ons binnen zijn.`,
      "Schrijf in uw bezwaar waarom u het er niet mee eens bent. Stuur bewijs mee als u dat heeft.",
      "Stuur uw bezwaar via het online formulier (met DigiD), per e-mail of per post. U kunt ook bellen; dan helpen wij u het bezwaar op te schrijven.",
      "Betaal het bedrag toch op tijd, of vraag uitstel van betaling aan. Krijgt u gelijk, dan betalen wij het geld terug.",
      "U krijgt een ontvangstbevestiging. Binnen 6 weken na afloop van de bezwaartermijn krijgt u een uitspraak op uw bezwaar; soms verlengen wij die termijn met 6 weken.",
    ],
    include:
      "Uw naam en adres; de datum en het aanslagnummer (kenmerk) van de aanslag; waarom u het er niet mee eens bent" +
      (extraInclude ? `; ${extraInclude}` : "") +
      "; de datum en uw handtekening (niet nodig bij het online formulier met DigiD).",
    webUrl: `${VB_SITE}/belastingen/bezwaar`,
    email: "belastingen@voorbeeldstad.example.nl",
    postalAddress: `Gemeente Voorbeeldstad, afdeling Belastingen, ${VB_POST}`,
    phone: VB_PHONE,
  };
}

/** Objection against a municipal decision (Awb chapter 6–7): 6 weeks from the day after it was sent. */
function awbObjection(team: string, webPath: string, extraInclude = ""): ContestRoute {
  return {
    kind: "objection",
    handler: `Gemeente Voorbeeldstad, Team Bezwaar en Beroep (voor ${team})`,
    deadlineAmount: 6,
    deadlineUnit: "weeks",
    deadlineFrom: "day_after_sent",
    steps: [
      "Kijk in de brief met het besluit naar de datum van verzending. U heeft 6 weken de tijd, vanaf de dag daarna.",
      "Schrijf een bezwaarschrift. Zeg welk besluit het is en waarom u het er niet mee eens bent.",
      "Stuur het bezwaar via het online formulier, per e-mail of per post. Hulp nodig? Bel ons of ga naar het Juridisch Loket of een sociaal raadsman.",
      "Vaak belt een medewerker u eerst op om samen naar een oplossing te zoeken. Lukt dat niet, dan kunt u uw bezwaar mondeling toelichten bij een hoorzitting.",
      "U krijgt binnen 6 weken een beslissing op bezwaar, of binnen 12 weken als een onafhankelijke bezwaarcommissie advies geeft.",
    ],
    include:
      "Uw naam en adres; de datum waarop u bezwaar maakt; de datum en het kenmerk van het besluit (of een kopie van de brief); waarom u het niet eens bent met het besluit" +
      (extraInclude ? `; ${extraInclude}` : "") +
      "; uw handtekening (niet nodig bij het online formulier met DigiD).",
    webUrl: `${VB_SITE}${webPath}`,
    email: "bezwaar@voorbeeldstad.example.nl",
    postalAddress: `Gemeente Voorbeeldstad, Team Bezwaar en Beroep, ${VB_POST}`,
    phone: VB_PHONE,
  };
}

/** Appeal to the administrative court after the decision on objection. */
function courtAppeal(tax = false): ContestRoute {
  return {
    kind: "appeal",
    handler: tax
      ? "De rechtbank, team belastingrecht (de rechtbank in het arrondissement waar u woont)"
      : "De rechtbank, team bestuursrecht (de rechtbank in het arrondissement waar u woont)",
    deadlineAmount: 6,
    deadlineUnit: "weeks",
    deadlineFrom: "day_after_sent",
    steps: [
      "Wacht op de beslissing op uw bezwaar. Pas daarna kunt u in beroep gaan.",
      "Schrijf een beroepschrift: waarom bent u het niet eens met de beslissing op bezwaar? Stuur een kopie van die beslissing mee.",
      "Dien het beroep digitaal in via rechtspraak.nl, of stuur het per post naar de rechtbank. U heeft geen advocaat nodig.",
      "U betaalt griffierecht. Krijgt u gelijk, dan betaalt de gemeente dit bedrag terug.",
    ],
    include: "Uw naam en adres; de datum; een kopie van de beslissing op bezwaar; waarom u het er niet mee eens bent; uw handtekening.",
    webUrl: "https://www.rechtspraak.nl",
  };
}

/** A complaint about how the municipality treated you (Awb chapter 9). */
function complaint(): ContestRoute {
  return {
    kind: "complaint",
    handler: "Gemeente Voorbeeldstad, klachtencoördinator",
    deadlineAmount: 12,
    deadlineUnit: "months",
    deadlineFrom: "event",
    steps: [
      "Beschrijf wat er gebeurde, wanneer, en wie erbij betrokken was.",
      "Dien uw klacht in via het klachtenformulier, per e-mail of per telefoon.",
      "De klachtencoördinator neemt binnen een week contact met u op en zoekt eerst samen met u naar een oplossing.",
      "U krijgt binnen 6 weken een schriftelijke reactie op uw klacht.",
    ],
    include: "Uw naam en adres; de datum; wat er gebeurde en wanneer; wat u van ons verwacht.",
    webUrl: `${VB_SITE}/klacht`,
    email: "klachten@voorbeeldstad.example.nl",
    postalAddress: `Gemeente Voorbeeldstad, klachtencoördinator, ${VB_POST}`,
    phone: VB_PHONE,
  };
}

const OMBUDSMAN_NEXT =
  "Bent u het niet eens met de beslissing op uw bezwaar? Dan kunt u binnen 6 weken in beroep bij de rechtbank. Vindt u dat de gemeente u niet goed heeft behandeld? Dien dan eerst een klacht in bij de gemeente. Bent u daarna nog niet tevreden, dan kunt u naar de Nationale ombudsman (of de gemeentelijke ombudsman, als uw gemeente die heeft). Gratis juridisch advies krijgt u bij het Juridisch Loket.";

/** Typed in the form (complete), or imported from the national register (meets the standard). */
type DemoAlgorithm = (DemoEntry<AlgorithmInput> & { origin?: undefined }) | (DemoEntry<AlgorithmStandardInput> & { origin: "import" });

export const demoAlgorithms: DemoAlgorithm[] = [
  // ============================================================================================
  // 1. Parking enforcement scan car
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-PK4R7M",
    status: "published",
    data: {
      name: "Parkeercontrole met de scanauto",
      // The scan car whose scans this algorithm checks (db/demo/sensors.ts); its page links back.
      related: ["S-VC7E2G"],
      shortDescription:
        "Een auto met camera's leest kentekens van geparkeerde auto's en kijkt of er betaald is of een vergunning is. Is dat niet zo, dan controleert een medewerker de foto's. Pas daarna krijgt de eigenaar een naheffingsaanslag parkeerbelasting.",
      categories: ["verkeer", "overheidsfinancien"],
      themes: ["mobiliteit/parkeren", "belastingen", "veiligheid/handhaving"],
      status: "in_use",
      beginMonth: "2020-02",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/parkeren/scanauto`,
      publicationCategory: "impactful",
      goal:
        "In de binnenstad betaalt u voor parkeren. De gemeente controleert of dat gebeurt. De scanauto maakt die controle sneller en eerlijker: elke auto op de route wordt op dezelfde manier gecontroleerd. Het doel is dat er genoeg plek blijft voor bewoners en bezoekers. Het gevolg voor u: als er geen betaling of vergunning bij uw kenteken hoort, kunt u een naheffingsaanslag krijgen. Dat is een aanslag parkeerbelasting plus kosten.",
      considerations:
        "Controle te voet is duur en kost veel tijd, en controleurs lopen maar een klein deel van de straten per dag. Met de scanauto worden meer straten gecontroleerd, met minder mensen. Daartegenover staat dat de camera's ook kentekens lezen van mensen die wel betaald hebben. We vinden de inzet evenredig omdat die scans binnen 24 uur worden verwijderd, omdat de camera's alleen naar kentekens kijken en omdat een mens altijd de foto's beoordeelt voordat er een aanslag komt.",
      humanIntervention:
        "De scanauto geeft alleen een signaal 'geen betaling gevonden'. Een parkeercontroleur bekijkt de foto's: klopt het kenteken, staat er een gehandicaptenparkeerkaart achter de ruit, is er sprake van laden en lossen of een storing van de parkeerautomaat? Alleen als de controleur het signaal bevestigt, wordt de naheffingsaanslag opgelegd. Bij bezwaar kijkt een andere medewerker opnieuw.",
      riskManagement:
        "Risico's: een verkeerd gelezen kenteken, een betaling die te laat in het systeem komt, en een gehandicaptenparkeerkaart die de camera niet ziet. Maatregelen: elke scan zonder betaling wordt door een mens beoordeeld; er zit 10 minuten tussen de eerste en de tweede scan zodat late betalingen nog verwerkt worden; elk kwartaal controleren we een steekproef van aanslagen op fouten. Het percentage gegronde bezwaren rapporteren we elk jaar.",
      lawfulBasis:
        "De gemeente mag parkeerbelasting heffen op grond van artikel 225 van de Gemeentewet en de Verordening parkeerbelastingen van Voorbeeldstad. Als er niet is betaald, legt de heffingsambtenaar een naheffingsaanslag op (artikel 234 Gemeentewet). Het verwerken van kentekens is nodig voor deze wettelijke taak (AVG artikel 6 lid 1 onder e).",
      // Texts in English for the register's English pages (lib/content-language.ts); the rest stays Dutch.
      en: {
        name: "Parking enforcement with the scan car",
        shortDescription:
          "A car with cameras reads the number plates of parked cars and checks whether parking was paid for or a permit exists. If not, an officer checks the photos. Only then does the owner receive a parking tax assessment.",
        goal:
          "In the city centre you pay for parking, and the municipality checks that people do. The scan car makes that check faster and fairer: every car on its route is checked in the same way. The aim is to keep enough space for residents and visitors. What it means for you: if no payment or permit belongs to your number plate, you may receive an additional parking tax assessment (the tax plus costs).",
      },
      lawfulBasisLinks: [GEMEENTEWET, AWR, AVG],
      impactAssessments: [
        { kind: "dpia", title: "DPIA scanauto parkeercontrole (2019, herzien 2023)", url: `${VB_DOCS}/dpia-scanauto.pdf` },
      ],
      dataUsed:
        "Kenteken, foto's van de auto en de omgeving, plaats en tijd van de scan. Het kenteken wordt vergeleken met de betalingen via parkeerapps en parkeerautomaten, en met de lijst van parkeervergunningen van de gemeente.",
      dataLinks: [{ title: "Open data parkeervakken en tarieven", url: "https://data.voorbeeldstad.example.nl/parkeren" }],
      technicalOperation:
        "Camera's op het dak lezen kentekens met kentekenherkenning. De software zoekt het kenteken op in het landelijke parkeerrechtenregister en in de vergunningenlijst. Geen recht gevonden? Dan wordt de auto na 10 minuten nog een keer gescand. Is er dan nog steeds geen recht, dan gaan de foto's naar een controleur op kantoor of in de straat. De software leert niet zelf: de regels staan vast.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["parkeerbon", "naheffingsaanslag", "parkeerboete", "parkeerbelasting", "naheffingsaanslag parkeerbelasting"],
        routes: [
          taxObjection(
            "de naheffingsaanslag",
            "het kenteken; bewijs zoals een betaalbewijs uit de parkeerapp, een kopie van uw vergunning of gehandicaptenparkeerkaart",
          ),
          courtAppeal(true),
        ],
        humanReview:
          "U heeft altijd recht op een nieuwe beoordeling door een mens. Vraag de foto's van de scan op via het online formulier. Bij uw bezwaar bekijkt een andere medewerker dan de controleur alle foto's en uw bewijs opnieuw.",
        nextSteps: OMBUDSMAN_NEXT,
      },
      transparencyLimits: [
        {
          what: "De vaste route en de tijden van de scanauto per dag",
          why: "Als de route vooraf bekend is, kunnen mensen hun betaling daarop afstemmen. Dan werkt de controle niet meer eerlijk. De straten waar we controleren staan wel op de website.",
        },
      ],
      values: [
        serves("collectief-belang", "Eerlijk parkeren: wie parkeert, betaalt. Zo blijft er plek voor bewoners met een vergunning en voor bezoekers."),
        serves("non-discriminatie", "Elke auto op de route wordt op dezelfde manier gecontroleerd, niet op basis van uiterlijk of indruk van een controleur."),
        serves("doelmatigheid", "De controle kost minder mensen en tijd; het geld gaat naar het onderhoud van de straten."),
        serves(
          "menselijke-eindverantwoordelijkheid",
          "Een parkeercontroleur bevestigt elk signaal voordat er een aanslag komt.",
          ["inrichting-organisatie-competenties", "Controleurs zijn getraind om uitzonderingen te herkennen, zoals laden en lossen en gehandicaptenparkeerkaarten."],
        ),
        serves(
          "aanvechtbaarheid",
          "Op elke aanslag staat hoe u de foto's opvraagt en hoe u bezwaar maakt.",
          ["informatieverstrekking", "Bij de aanslag staat een link naar de foto's en naar dit register."],
        ),
        atStake(
          "privacy",
          "Ook kentekens van auto's waarvoor wel betaald is, worden gelezen.",
          ["technische-standaarden", "Scans met een geldig parkeerrecht worden binnen 24 uur automatisch verwijderd."],
        ),
        atStake(
          "passendheid",
          "Mensen met een gehandicaptenparkeerkaart of een storing in hun parkeerapp kunnen ten onrechte een aanslag krijgen.",
          ["onderzoek-monitoring-evaluatie", "Elk kwartaal bekijken we een steekproef van aanslagen, en we rapporteren hoeveel bezwaren gegrond waren."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 2. WOZ valuation
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-WZ8T3K",
    status: "published",
    data: {
      name: "Berekening van de WOZ-waarde van woningen",
      shortDescription:
        "Elk jaar bepaalt de gemeente de waarde van alle woningen: de WOZ-waarde. Een rekenmodel vergelijkt uw woning met verkochte woningen in de buurt. Een taxateur controleert de uitkomst. De WOZ-waarde gebruiken we voor de onroerendezaakbelasting; ook het Rijk en het waterschap gebruiken hem.",
      categories: ["overheidsfinancien", "wonen"],
      themes: ["belastingen", "wonen"],
      status: "in_use",
      beginMonth: "2019-01",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/belastingen/woz`,
      publicationCategory: "impactful",
      goal:
        "De gemeente moet elk jaar van elke woning en elk gebouw de waarde bepalen (Wet WOZ). Met ruim 160.000 woningen kan dat niet met de hand. Het rekenmodel helpt taxateurs om alle woningen op dezelfde manier te waarderen. De WOZ-waarde heeft grote gevolgen: hij bepaalt de onroerendezaakbelasting, het eigenwoningforfait in de inkomstenbelasting, de watersysteemheffing en bij huurwoningen de maximale huur.",
      considerations:
        "Een model waardeert alle woningen op dezelfde manier en is goed te controleren door de Waarderingskamer. Het risico is dat bijzondere woningen (een monument, een woning met achterstallig onderhoud) niet goed passen in het model. Daarom controleert een taxateur alle woningen waar het model onzeker is, en kijkt hij bij elk bezwaar opnieuw. We vinden dat evenredig: de voordelen van gelijke behandeling wegen op tegen het risico, omdat er een goede route is om fouten te herstellen.",
      humanIntervention:
        "Een taxateur controleert elke woning waarvan de uitkomst meer dan 10% afwijkt van vorig jaar, elke woning die het model als 'onzeker' aanmerkt en alle bijzondere woningen. De taxateur kan de waarde aanpassen en legt uit waarom. De WOZ-beschikking wordt genomen door de heffingsambtenaar, niet door het model.",
      riskManagement:
        "De Waarderingskamer controleert elk jaar onze werkwijze en geeft een oordeel ('goed'). We vergelijken de uitkomsten met de werkelijke verkoopprijzen, per wijk en per type woning, om te zien of een groep stelselmatig te hoog of te laag wordt gewaardeerd. Afwijkingen worden onderzocht en gecorrigeerd voor de volgende waardering.",
      lawfulBasis:
        "De gemeente moet de WOZ-waarde vaststellen op grond van de Wet waardering onroerende zaken (artikel 22 en verder). U heeft recht op de gegevens die voor de waardering zijn gebruikt (artikel 40 Wet WOZ). Bezwaar en beroep gaan volgens de Algemene wet inzake rijksbelastingen.",
      lawfulBasisLinks: [WOZ, AWR, GEMEENTEWET],
      impactAssessments: [
        { kind: "dpia", title: "DPIA WOZ-waardering", url: `${VB_DOCS}/dpia-woz.pdf` },
        { kind: "other", title: "Oordeel van de Waarderingskamer over de WOZ-uitvoering", url: `${VB_DOCS}/oordeel-waarderingskamer.pdf` },
      ],
      dataUsed:
        "Kenmerken van de woning uit de Basisregistratie Adressen en Gebouwen en de Basisregistratie WOZ: oppervlakte, bouwjaar, type woning, ligging, onderhoud en voorzieningen. Verkoopprijzen van woningen in de buurt uit het Kadaster. Informatie die eigenaren zelf doorgeven.",
      dataLinks: [
        { title: "Open data verkoopprijzen per wijk (geanonimiseerd)", url: "https://data.voorbeeldstad.example.nl/woz/verkoopprijzen" },
        { title: "Uitleg over de WOZ-waardering", url: `${VB_SITE}/belastingen/woz/uitleg` },
      ],
      technicalOperation:
        "Het model zoekt voor elke woning de verkochte woningen die er het meest op lijken, in dezelfde buurt en rond de waardepeildatum. Met een statistische vergelijking (regressie) wordt berekend hoeveel elk kenmerk waard is, zoals een extra vierkante meter of een tuin op het zuiden. Zo komt het model tot een waarde per woning. Taxateurs stellen de rekenregels elk jaar opnieuw in en controleren ze. Het model leert niet vanzelf bij tijdens het gebruik.",
      selfLearning: false,
      supplier: "Voorbeeld Taxatiesoftware B.V.",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["WOZ-beschikking", "WOZ-waarde", "aanslag gemeentelijke belastingen", "aanslag onroerendezaakbelasting", "OZB", "taxatieverslag"],
        routes: [
          {
            kind: "human_review",
            handler: "Gemeente Voorbeeldstad, afdeling Belastingen, team Taxaties",
            steps: [
              "Bekijk het taxatieverslag van uw woning in het online belastingloket. Daarin staan de kenmerken van uw woning en de vergelijkbare verkochte woningen.",
              "Klopt er iets niet, zoals de oppervlakte of het onderhoud? Bel of mail de taxateur. Dat is gratis en kan ook voordat u bezwaar maakt.",
              "Past de taxateur de waarde aan, dan krijgt u een nieuwe beschikking. Bent u het dan nog niet eens, maak dan binnen de termijn bezwaar.",
            ],
            include: "Uw adres; het aanslagnummer; wat er volgens u niet klopt, met foto's of een rapport als u die heeft.",
            webUrl: `${VB_SITE}/belastingen/woz/taxatieverslag`,
            email: "woz@voorbeeldstad.example.nl",
            phone: VB_PHONE,
          },
          taxObjection(
            "de WOZ-beschikking (die staat op het aanslagbiljet gemeentelijke belastingen)",
            "het adres van de woning; welke waarde u wel juist vindt en waarom, bijvoorbeeld met een verkoopprijs of een taxatierapport",
          ),
          courtAppeal(true),
        ],
        humanReview:
          "U heeft recht op een gratis, persoonlijke herbeoordeling door een taxateur. Vraag het taxatieverslag en de gegevens over uw woning op (artikel 40 Wet WOZ). Bij bezwaar bekijkt een taxateur die de eerste waardering niet deed uw woning opnieuw, zo nodig ter plaatse.",
        nextSteps:
          "Bent u het niet eens met de uitspraak op uw bezwaar? Dan kunt u binnen 6 weken in beroep bij de rechtbank (team belastingrecht), en daarna in hoger beroep bij het gerechtshof. Over de manier waarop u bent behandeld, kunt u een klacht indienen bij de gemeente en daarna bij de Nationale ombudsman. Let op: bedrijven die gratis WOZ-bezwaar aanbieden, krijgen een vergoeding van de gemeente; u mag ook zelf gratis bezwaar maken.",
      },
      transparencyLimits: [
        {
          what: "De precieze rekenregels van het taxatiemodel van de leverancier",
          why: "De broncode is eigendom van de leverancier. Wel ziet u in het taxatieverslag welke kenmerken en welke verkochte woningen zijn gebruikt, en controleert de Waarderingskamer het model elk jaar.",
        },
      ],
      values: [
        serves("uitlegbaarheid", "In het taxatieverslag staat met welke verkochte woningen uw woning is vergeleken en welke kenmerken meetelden.", [
          "informatieverstrekking",
          "Het taxatieverslag is voor elke eigenaar en huurder online in te zien.",
        ]),
        serves("aanvechtbaarheid", "U kunt eerst gratis de taxateur bellen, daarna bezwaar maken en in beroep gaan."),
        serves("controleerbaarheid", "De Waarderingskamer controleert elk jaar of de gemeente goed waardeert."),
        serves("toezicht", "Er is onafhankelijk toezicht door de Waarderingskamer en de rechter."),
        serves("doelmatigheid", "Zonder model zou het waarderen van alle woningen veel meer geld kosten."),
        serves("menselijke-eindverantwoordelijkheid", "De heffingsambtenaar neemt de beschikking, en een taxateur controleert de uitkomsten."),
        serves("oplossingsgerichtheid", "Bij een vraag of twijfel belt een taxateur u op, voordat u bezwaar hoeft te maken."),
        serves("gebruiksvriendelijkheid", "U kunt het taxatieverslag online inzien en met DigiD bezwaar maken."),
        atStake(
          "passendheid",
          "Bijzondere woningen, zoals monumenten of woonboten, passen slecht in een standaardmodel.",
          ["inrichting-organisatie-competenties", "Bijzondere woningen worden altijd apart door een taxateur gewaardeerd."],
        ),
        atStake(
          "transparantie",
          "De rekenregels van het model zijn niet openbaar omdat ze van de leverancier zijn.",
          ["aanbesteding-en-marktpartijen", "Bij de volgende aanbesteding vragen we dat de rekenregels openbaar gemaakt mogen worden."],
        ),
        atStake(
          "onafhankelijkheid",
          "De gemeente is voor het model afhankelijk van één leverancier.",
          ["aanbesteding-en-marktpartijen", "Alle gegevens staan in de Basisregistratie WOZ, zodat we kunnen overstappen naar een andere leverancier."],
        ),
        atStake(
          "non-discriminatie",
          "Het model kan in sommige wijken stelselmatig te hoog of te laag uitkomen, bijvoorbeeld waar weinig wordt verkocht.",
          ["onderzoek-monitoring-evaluatie", "Elk jaar vergelijken we per wijk de waarden met de verkoopprijzen en publiceren we de uitkomst."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 3. Benefit fraud risk signal (bijstand) — assessed against (almost) every value
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-BS6N2X",
    status: "published",
    data: {
      name: "Risicosignaal bij heronderzoek bijstand",
      shortDescription:
        "Een rekenmodel helpt kiezen welke bijstandsuitkeringen we eerder opnieuw bekijken. Het model beslist niets. Een consulent praat altijd eerst met u en beoordeelt zelf of uw uitkering klopt. Het model is getest op discriminatie; kenmerken als afkomst, leeftijd en geslacht gebruiken we niet.",
      categories: ["sociale-zekerheid"],
      themes: ["werk-en-inkomen", "zorg-en-welzijn", "veiligheid/handhaving"],
      status: "in_use",
      beginMonth: "2023-01",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/bijstand/heronderzoek`,
      publicationCategory: "high_risk",
      goal:
        "Iedereen met een bijstandsuitkering krijgt af en toe een heronderzoek: klopt de uitkering nog met uw situatie? Dat is wettelijk verplicht. Het model helpt bepalen wie als eerste aan de beurt is, zodat fouten eerder worden ontdekt. Hoe eerder een fout wordt ontdekt, hoe kleiner de schuld als er te veel is uitbetaald. Het gevolg voor u: als het model een signaal geeft, wordt u eerder uitgenodigd voor een gesprek. Een heronderzoek kan leiden tot een aanpassing, stopzetting of terugvordering van de uitkering. Dat besluit neemt altijd een consulent, nooit het model.",
      considerations:
        "We hebben lang getwijfeld of we dit model moesten gebruiken. De alternatieven: iedereen even vaak onderzoeken (dan worden fouten pas laat ontdekt en lopen schulden op), of consulenten laten kiezen op gevoel (dat is minder controleerbaar en kan ook discriminerend zijn). We kozen voor het model onder strikte voorwaarden: geen gegevens over afkomst, nationaliteit, taal, leeftijd, geslacht of postcode; een jaarlijkse onafhankelijke toets op discriminatie; het signaal leidt alleen tot een gesprek, nooit tot een sanctie; en de gemeenteraad beslist elk jaar of het model blijft. De IAMA is met cliëntvertegenwoordigers besproken.",
      humanIntervention:
        "Het model maakt alleen een lijst met volgorde. Een consulent plant de gesprekken en ziet bij elk signaal de drie belangrijkste redenen. De consulent praat met u, bekijkt uw papieren en besluit zelf. Een signaal is nooit genoeg voor een besluit: er moet altijd bewijs zijn uit het gesprek of uit de stukken. Een tweede consulent kijkt mee bij elke stopzetting of terugvordering. Consulenten hebben geen targets voor het aantal fouten dat ze vinden.",
      riskManagement:
        "Belangrijkste risico's: discriminatie (indirect, via kenmerken die samenhangen met afkomst of beperking), te veel vertrouwen van consulenten in het model, en onnodige stress voor mensen die niets fout doen. Maatregelen: een onafhankelijke bias-audit per jaar, waarin we per groep vergelijken hoe vaak iemand een signaal krijgt en hoe vaak er echt iets mis was; 10% van de heronderzoeken kiezen we willekeurig, als controlegroep; training voor consulenten over 'automation bias'; een noodknop waarmee de wethouder het model direct kan stilzetten. In 2024 hebben we na de audit één kenmerk verwijderd omdat het vrouwen met kinderen vaker een signaal gaf.",
      lawfulBasis:
        "Het college moet het recht op bijstand vaststellen en controleren (Participatiewet, artikelen 17, 53a en 54). Een uitkering die ten onrechte is verstrekt, moet worden herzien en teruggevorderd (artikelen 54 en 58 Participatiewet). De verwerking van persoonsgegevens is nodig voor deze wettelijke taak (AVG artikel 6 lid 1 onder c en e). Het model valt onder de AI-verordening als hoog-risico-AI-systeem (bijlage III, punt 5a: toegang tot overheidsuitkeringen).",
      lawfulBasisLinks: [PARTICIPATIEWET, AVG, UAVG, AWB, AI_ACT],
      impactAssessments: [
        { kind: "dpia", title: "DPIA risicosignaal heronderzoek bijstand", url: `${VB_DOCS}/dpia-risicosignaal-bijstand.pdf` },
        { kind: "iama", title: "IAMA risicosignaal heronderzoek bijstand (2022)", url: `${VB_DOCS}/iama-risicosignaal-bijstand.pdf` },
        { kind: "other", title: "Onafhankelijke bias-audit 2025", url: `${VB_DOCS}/bias-audit-bijstand-2025.pdf` },
      ],
      dataUsed:
        "Gegevens uit uw dossier bij de gemeente: hoe lang u al een uitkering heeft, wijzigingen die u heeft doorgegeven, inkomsten die via het Inlichtingenbureau zijn gemeld, de samenstelling van uw huishouden en de uitkomst van eerdere heronderzoeken. Niet gebruikt: afkomst, nationaliteit, taal, leeftijd, geslacht, postcode, gezondheid en religie.",
      dataLinks: [{ title: "Overzicht van de gebruikte gegevenscategorieën", url: `${VB_SITE}/bijstand/heronderzoek/gegevens` }],
      technicalOperation:
        "Het model is een eenvoudige statistische rekenregel (logistische regressie). Het is getraind op de uitkomsten van eerdere heronderzoeken die willekeurig zijn gekozen. Voor elke uitkering berekent het een kans dat er iets niet klopt. De uitkeringen met de hoogste kans komen bovenaan de lijst. Het model wordt één keer per jaar opnieuw getraind en daarna eerst getoetst op discriminatie. Tussendoor leert het niet bij.",
      selfLearning: true,
      supplier: "Eigen ontwikkeling",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: [
          "stopzetting uitkering",
          "terugvordering bijstand",
          "bijstandsuitkering",
          "herziening bijstand",
          "boete bijstand",
          "heronderzoek bijstand",
          "uitnodiging heronderzoek",
        ],
        routes: [
          awbObjection(
            "Werk en Inkomen",
            "/bijstand/bezwaar",
            "het nummer van uw uitkering; als u dat wilt: stukken die laten zien dat uw situatie anders is",
          ),
          {
            kind: "human_review",
            handler: "Gemeente Voorbeeldstad, Werk en Inkomen, teamleider Handhaving",
            steps: [
              "Vraag uw consulent of het heronderzoek door een signaal van het model is gestart. Dat moeten wij u eerlijk vertellen.",
              "Vraag welke gegevens tot het signaal hebben geleid. U krijgt de drie belangrijkste redenen op papier.",
              "Denkt u dat het signaal of het besluit niet klopt? Vraag dan om een gesprek met de teamleider. Die bekijkt uw dossier opnieuw, zonder het signaal.",
            ],
            include: "Uw naam, het nummer van uw uitkering en wat er volgens u niet klopt.",
            email: "werkeninkomen@voorbeeldstad.example.nl",
            phone: VB_PHONE,
            postalAddress: `Gemeente Voorbeeldstad, Werk en Inkomen, ${VB_POST}`,
          },
          courtAppeal(false),
          complaint(),
        ],
        humanReview:
          "Het model beslist nooit over uw uitkering. U heeft het recht om te weten of een signaal van het model de reden was voor uw heronderzoek, welke gegevens daarbij meetelden, en om een besluit door een mens te laten nemen en opnieuw te laten bekijken (AVG artikel 22). Bij bezwaar beoordeelt een jurist die niet bij het heronderzoek betrokken was uw zaak opnieuw.",
        nextSteps:
          "Stopt uw uitkering en komt u daardoor direct in geldnood? Maak dan bezwaar én vraag de voorzieningenrechter van de rechtbank om een voorlopige voorziening. Bent u het niet eens met de beslissing op bezwaar, dan kunt u binnen 6 weken in beroep bij de rechtbank, en daarna in hoger beroep bij de Centrale Raad van Beroep. Over de manier waarop u bent behandeld, kunt u klagen bij de gemeente en daarna bij de Nationale ombudsman. Gratis hulp krijgt u bij het Juridisch Loket, een sociaal raadsman of de schuldhulp van de gemeente.",
      },
      transparencyLimits: [
        {
          what: "De precieze kenmerken in het model en hoe zwaar elk kenmerk meetelt",
          why: "Als de kenmerken openbaar zijn, kunnen mensen die bewust fraude plegen hun gedrag aanpassen. Dan mist het model juist de ernstige gevallen, en komen eerlijke mensen vaker bovenaan de lijst. Wel openbaar: welke soorten gegevens we gebruiken en niet gebruiken, de uitkomsten van de bias-audit, en na afloop van een heronderzoek de drie belangrijkste redenen voor uw signaal. De Autoriteit Persoonsgegevens en de auditor krijgen het volledige model te zien.",
        },
        {
          what: "De trainingsgegevens",
          why: "Dit zijn gegevens over echte mensen met een uitkering. Die mogen we niet openbaar maken. De auditor werkt met deze gegevens in een afgeschermde omgeving bij de gemeente.",
        },
      ],
      values: [
        serves("collectief-belang", "De bijstand is een vangnet voor wie het nodig heeft. Zorgvuldige controle houdt dat vangnet betaalbaar en houdt het draagvlak in stand."),
        atStake(
          "burgerbetrokkenheid",
          "Mensen met een uitkering hebben weinig invloed gehad op de eerste versie van het model.",
          ["interactie-met-stakeholders", "De cliëntenraad bespreekt elk jaar de bias-audit en geeft advies aan de gemeenteraad over het wel of niet doorgaan."],
        ),
        atStake(
          "inclusiviteit",
          "Mensen die moeite hebben met lezen of met formulieren maken vaker kleine fouten en kunnen daardoor vaker een signaal krijgen.",
          ["onderzoek-monitoring-evaluatie", "De audit kijkt apart naar mensen die hulp krijgen bij hun administratie; kenmerken die hen benadelen worden verwijderd."],
        ),
        atStake(
          "transparantie",
          "We maken de kenmerken van het model niet openbaar (zie 'beperkingen van de openheid').",
          ["informatieverstrekking", "We publiceren wel de soorten gegevens, de audit, en vertellen iedereen met een signaal dat het model de reden was."],
        ),
        serves("samenwerking", "Een universiteit heeft het model onafhankelijk getoetst, zonder commercieel belang."),
        atStake(
          "voorkomen-van-schade",
          "Een heronderzoek geeft stress, ook als u niets fout heeft gedaan. Een onterechte stopzetting kan leiden tot schulden.",
          ["inrichting-organisatie-competenties", "Het eerste gesprek is altijd een uitnodiging, geen verhoor; bij elke stopzetting kijkt een tweede consulent mee."],
        ),
        serves("bescherming", "Het model is door de gemeente zelf gemaakt; geen commerciële partij heeft toegang tot de gegevens van mensen in de bijstand."),
        atStake(
          "passendheid",
          "Een model kijkt naar patronen, niet naar uw persoonlijke situatie.",
          ["inrichting-organisatie-competenties", "De consulent moet altijd naar de persoonlijke omstandigheden kijken en mag van het signaal afwijken."],
        ),
        atStake(
          "non-discriminatie",
          "Een risicomodel kan groepen benadelen, ook zonder afkomst of geslacht te gebruiken, via kenmerken die daarmee samenhangen.",
          ["onderzoek-monitoring-evaluatie", "Elk jaar een onafhankelijke bias-audit met een willekeurige controlegroep; bij ongelijke uitkomsten gaat het model uit tot het is aangepast."],
        ),
        atStake(
          "uitlegbaarheid",
          "Een kanscijfer is moeilijk uit te leggen aan iemand die een brief krijgt.",
          ["informatieverstrekking", "We hebben een eenvoudig model gekozen zodat we per signaal de drie belangrijkste redenen in gewone taal kunnen geven."],
        ),
        serves(
          "aanvechtbaarheid",
          "Er zijn duidelijke routes: vragen om herbeoordeling, bezwaar, beroep, voorlopige voorziening en klacht.",
          ["informatieverstrekking", "Elke brief over een heronderzoek of besluit noemt dit register en de manier om bezwaar te maken."],
        ),
        serves("oplossingsgerichtheid", "Een heronderzoek begint met een gesprek. Vaak blijkt een wijziging vergeten te zijn en wordt die samen opgelost."),
        atStake(
          "privacy",
          "Het model gebruikt veel gegevens uit het dossier van mensen die afhankelijk zijn van de gemeente.",
          ["technische-standaarden", "Alleen gegevens die nodig zijn; het model draait in een afgeschermde omgeving en elke inzage wordt vastgelegd."],
        ),
        atStake(
          "menselijke-autonomie",
          "Consulenten kunnen te veel gaan vertrouwen op het signaal.",
          ["inrichting-organisatie-competenties", "Consulenten krijgen training over het model en zijn grenzen; de kans zelf wordt niet getoond, alleen 'eerder uitnodigen' en de redenen."],
        ),
        atStake(
          "menselijke-waardigheid",
          "Mensen in de bijstand kunnen zich als verdachte behandeld voelen.",
          ["inrichting-organisatie-competenties", "Geen onaangekondigde huisbezoeken op basis van alleen een signaal; gesprekken zijn respectvol en in gewone taal."],
        ),
        serves("kennis", "Het team bestaat uit consulenten, een jurist, een privacy-adviseur en een datawetenschapper die het model samen beheren."),
        serves("risicobewustzijn", "De risico's zijn vooraf beschreven in de IAMA en staan in het risicoregister van de afdeling."),
        serves(
          "correctie",
          "In 2024 is na de audit een kenmerk verwijderd dat vrouwen met kinderen vaker een signaal gaf.",
          ["onderzoek-monitoring-evaluatie", "Er is een noodknop: de wethouder kan het model direct stilzetten als er iets mis blijkt."],
        ),
        serves("veiligheid", "De gegevens verlaten de gemeente niet; alleen bevoegde medewerkers kunnen erbij."),
        serves("doelmatigheid", "Fouten worden eerder ontdekt, waardoor schulden kleiner blijven en minder mensen onnodig worden onderzocht."),
        serves("onafhankelijkheid", "Eigen ontwikkeling: de gemeente is niet afhankelijk van een leverancier en kan het model zelf aanpassen of stoppen."),
        serves("aanspreekbaarheid", "De wethouder Werk en Inkomen is bestuurlijk verantwoordelijk; de afdelingsmanager is eigenaar van het model."),
        serves(
          "verantwoording",
          "Elk jaar rapporteren we aan de gemeenteraad hoeveel signalen er waren, hoeveel daarvan klopten, en hoe dat per groep verschilt.",
          ["informatieverstrekking", "Het jaarverslag en de audit staan op de website."],
        ),
        serves("controleerbaarheid", "Een externe auditor en de Autoriteit Persoonsgegevens kunnen het volledige model inzien en narekenen."),
        serves("toezicht", "De functionaris gegevensbescherming, de auditcommissie van de raad en een externe auditor houden toezicht."),
        serves("integriteit", "Consulenten hebben geen targets voor het aantal gevonden fouten of teruggevorderde bedragen."),
        serves(
          "menselijke-eindverantwoordelijkheid",
          "Elk besluit over een uitkering wordt genomen door een consulent; bij stopzetting of terugvordering kijkt een tweede consulent mee.",
          ["inrichting-organisatie-competenties", "Het model kan technisch geen besluiten versturen."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 4. Permit triage (omgevingsvergunning)
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-HV3P9D",
    status: "published",
    data: {
      name: "Sorteren van aanvragen omgevingsvergunning",
      shortDescription:
        "Een rekenhulp leest nieuwe aanvragen voor een omgevingsvergunning en kijkt of alle stukken er zijn. Hij stelt voor welke specialisten moeten meekijken, zoals monumenten of bomen. Een vergunningverlener controleert dat en beslist zelf over de vergunning.",
      categories: ["ruimte-en-infrastructuur", "wonen"],
      themes: ["vergunningen", "wonen", "dienstverlening"],
      status: "in_use",
      beginMonth: "2024-01",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/omgevingsvergunning`,
      publicationCategory: "impactful",
      goal:
        "Sinds de Omgevingswet moet de gemeente de meeste vergunningen binnen 8 weken geven of weigeren. Om dat te halen, moeten aanvragen snel bij de juiste specialisten komen. De rekenhulp sorteert de aanvragen: welke zijn eenvoudig (een dakkapel), welke zijn ingewikkeld (een monument, een bedrijf)? En ontbreken er stukken? Het gevolg voor u: als er volgens de rekenhulp iets ontbreekt, vraagt een medewerker u om dat aan te vullen. Als u dat niet op tijd doet, kunnen we de aanvraag buiten behandeling laten.",
      considerations:
        "Zonder sortering lagen eenvoudige aanvragen soms weken te wachten achter ingewikkelde. De rekenhulp werkt met vaste regels, niet met een zelflerend model, zodat we altijd kunnen uitleggen waarom een aanvraag ergens terechtkomt. Het risico is dat de rekenhulp iets mist; daarom kijkt altijd een vergunningverlener mee.",
      humanIntervention:
        "Een vergunningverlener bekijkt binnen 2 werkdagen het voorstel van de rekenhulp en past het aan als dat nodig is. Een verzoek om stukken aan te vullen stuurt altijd een medewerker, nooit de rekenhulp zelf. Het besluit over de vergunning neemt de vergunningverlener na advies van de specialisten.",
      riskManagement:
        "We controleren elke maand een steekproef van 50 aanvragen: was de sortering goed? Waren er onnodige verzoeken om aanvulling? Fouten leiden tot een aanpassing van de regels. De regels zelf staan openbaar op de website.",
      lawfulBasis:
        "De gemeente beslist over omgevingsvergunningen op grond van de Omgevingswet (hoofdstuk 5 en 16) en het omgevingsplan. Een aanvraag die niet compleet is, kan buiten behandeling blijven als u de kans heeft gehad om die aan te vullen (artikel 4:5 Awb).",
      lawfulBasisLinks: [OMGEVINGSWET, AWB],
      impactAssessments: [{ kind: "dpia", title: "DPIA-toets (pre-scan) sorteren aanvragen omgevingsvergunning", url: `${VB_DOCS}/prescan-dpia-vergunningen.pdf` }],
      dataUsed:
        "De gegevens uit uw aanvraag via het Omgevingsloket: adres, soort bouwwerk, tekeningen en beschrijving. Kaartgegevens over monumenten, beschermde bomen, bodem en het omgevingsplan op die plek.",
      dataLinks: [{ title: "Regels van de rekenhulp (beslisboom)", url: `${VB_SITE}/omgevingsvergunning/beslisboom` }],
      technicalOperation:
        "De rekenhulp werkt met een vaste beslisboom. Hij kijkt op de kaart welke regels gelden op het adres (bijvoorbeeld: is het een monument?). Hij controleert met een lijst of de verplichte stukken zijn bijgevoegd. Uit de uitkomsten volgt een voorstel: eenvoudig of ingewikkeld, en welke specialisten advies moeten geven.",
      selfLearning: false,
      supplier: "Eigen ontwikkeling",
      sourceCodeUrl: "https://code.voorbeeldstad.example.nl/vergunningen/beslisboom",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["omgevingsvergunning", "weigering omgevingsvergunning", "aanvraag buiten behandeling", "bouwvergunning", "verzoek om aanvulling"],
        routes: [
          awbObjection(
            "vergunningen",
            "/omgevingsvergunning/bezwaar",
            "het zaaknummer van uw aanvraag of het OLO-nummer",
          ),
          courtAppeal(false),
        ],
        humanReview:
          "De rekenhulp neemt geen besluit. Vindt u een verzoek om aanvulling onterecht, bel dan de vergunningverlener: die bekijkt het direct opnieuw. Bij bezwaar beoordeelt een jurist die niet bij uw aanvraag betrokken was het besluit opnieuw.",
        nextSteps:
          "Werd uw vergunning voorbereid met de uitgebreide procedure? Dan is er geen bezwaar maar kunt u direct binnen 6 weken in beroep bij de rechtbank; dat staat dan in het besluit. Na de uitspraak van de rechtbank is hoger beroep mogelijk bij de Raad van State. Over de manier waarop u bent behandeld, kunt u klagen bij de gemeente en daarna bij de Nationale ombudsman.",
      },
      transparencyLimits: [],
      values: [
        serves("doelmatigheid", "Eenvoudige aanvragen hoeven niet meer te wachten achter ingewikkelde; de wettelijke termijn wordt vaker gehaald."),
        serves("uitlegbaarheid", "De beslisboom is openbaar; bij elke aanvraag kunnen we uitleggen waarom die bij een specialist is beland."),
        serves("transparantie", "De broncode van de beslisboom staat openbaar online."),
        serves("menselijke-eindverantwoordelijkheid", "Elk voorstel wordt door een vergunningverlener bekeken, en die beslist over de vergunning."),
        serves("gebruiksvriendelijkheid", "Aanvragers horen sneller welke stukken nog ontbreken, in plaats van na weken."),
        atStake(
          "passendheid",
          "Een bijzondere aanvraag, bijvoorbeeld een tiny house of een woonboot, past soms niet in de beslisboom.",
          ["onderzoek-monitoring-evaluatie", "Elke maand een steekproef; aanvragen die niet passen gaan direct naar een ervaren vergunningverlener."],
        ),
        atStake(
          "aanvechtbaarheid",
          "Een verzoek om aanvulling is geen besluit waartegen u bezwaar kunt maken; u kunt pas bezwaar maken als de aanvraag buiten behandeling blijft.",
          ["informatieverstrekking", "In elk verzoek om aanvulling staat het telefoonnummer van de vergunningverlener, die het verzoek direct kan heroverwegen."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 5. Chatbot
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-CB5V2H",
    status: "published",
    data: {
      name: "Chatbot 'Vraag het Voorbeeldstad'",
      shortDescription:
        "Op de website beantwoordt een chatbot veelgestelde vragen, bijvoorbeeld over afval, paspoorten of parkeren. De chatbot geeft alleen informatie en neemt geen besluiten. Wilt u een mens spreken, dan zet de chatbot u door naar een medewerker.",
      categories: ["organisatie-en-bedrijfsvoering"],
      themes: ["dienstverlening"],
      status: "in_use",
      beginMonth: "2022-05",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/contact/chatbot`,
      publicationCategory: "other",
      goal:
        "Inwoners snel antwoord geven op eenvoudige vragen, ook 's avonds en in het weekend. Zo hebben medewerkers van het klantcontactcentrum meer tijd voor ingewikkelde vragen en voor mensen die liever bellen.",
      considerations:
        "We gebruiken een chatbot die alleen antwoorden geeft die door medewerkers zijn geschreven en gecontroleerd. Hij verzint dus geen antwoorden. Een chatbot met vrij gegenereerde tekst (generatieve AI) hebben we bewust niet gekozen: het risico op foute antwoorden over regels en rechten vonden we te groot.",
      humanIntervention:
        "U kunt op elk moment kiezen voor 'Ik wil een medewerker spreken'. Tijdens kantooruren neemt dan een medewerker het gesprek over. Medewerkers lezen elke week een steekproef van de gesprekken en verbeteren de antwoorden.",
      riskManagement:
        "Risico's: een verkeerd of verouderd antwoord, en mensen die persoonlijke gegevens in de chat typen. Maatregelen: antwoorden worden elk kwartaal gecontroleerd; de chatbot vraagt nooit om persoonsgegevens en haalt BSN-nummers en telefoonnummers automatisch uit de opgeslagen gesprekken.",
      lawfulBasis: "Informatie geven aan inwoners is een algemene taak van de gemeente (Gemeentewet). De chatbot neemt geen besluiten.",
      lawfulBasisLinks: [GEMEENTEWET],
      impactAssessments: [{ kind: "dpia", title: "DPIA-toets (pre-scan) chatbot", url: `${VB_DOCS}/prescan-dpia-chatbot.pdf` }],
      dataUsed: "De tekst die u in de chat typt. Gesprekken worden zonder naam 3 maanden bewaard om de antwoorden te verbeteren.",
      dataLinks: [],
      technicalOperation:
        "De chatbot herkent met taaltechnologie wat uw vraag is, en kiest het antwoord uit een lijst van ongeveer 600 vaste antwoorden. Als hij uw vraag niet begrijpt, zegt hij dat en biedt hij een medewerker aan.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      transparencyLimits: [],
      values: [
        serves("gebruiksvriendelijkheid", "Antwoord op eenvoudige vragen, ook buiten kantooruren, zonder wachttijd aan de telefoon."),
        serves("doelmatigheid", "Medewerkers hebben meer tijd voor ingewikkelde vragen."),
        serves("transparantie", "De chatbot zegt aan het begin dat hij een computerprogramma is en geen mens."),
        serves("menselijke-waardigheid", "U kunt altijd kiezen voor een mens; de chatbot houdt u niet tegen.", [
          "aanbesteding-en-marktpartijen",
          "Bij de aanbesteding was 'altijd doorverbinden met een mens' een harde eis.",
        ]),
        atStake(
          "inclusiviteit",
          "Niet iedereen kan goed typen of lezen; een chatbot werkt niet voor iedereen.",
          ["technische-standaarden", "De chatbot voldoet aan de toegankelijkheidsnorm (WCAG 2.1 AA) en schrijft op taalniveau B1; bellen en langskomen blijven mogelijk."],
        ),
        atStake(
          "privacy",
          "Mensen typen soms persoonlijke gegevens in de chat, zoals hun BSN.",
          ["technische-standaarden", "BSN's, telefoonnummers en e-mailadressen worden automatisch verwijderd voordat een gesprek wordt opgeslagen."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 6. Waste collection route optimisation
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-AR7Z4Q",
    status: "published",
    data: {
      name: "Slimme routeplanning afvalinzameling",
      shortDescription:
        "Een planningsprogramma berekent elke dag de kortste route voor de vuilniswagens. Het gebruikt de meldingen van de sensoren in ondergrondse containers: alleen volle containers worden geleegd.",
      categories: ["natuur-en-milieu", "organisatie-en-bedrijfsvoering"],
      themes: ["openbare-ruimte/afval", "bedrijfsvoering"],
      status: "in_use",
      beginMonth: "2021-03",
      contactEmail: VB_MAIL,
      publicationCategory: "other",
      goal:
        "Minder kilometers rijden met de vuilniswagens, minder overvolle containers en minder uitstoot. Het programma neemt geen besluiten over inwoners.",
      considerations:
        "Een vaste route is eenvoudig, maar de vuilniswagen rijdt dan ook langs halflege containers. Met slimme planning rijden we ongeveer 20% minder. Het nadeel is dat chauffeurs elke dag een andere route rijden; daarom hebben we de planning samen met hen ingericht.",
      humanIntervention: "De planner van de afvaldienst controleert elke ochtend de routes. Chauffeurs kunnen een container toevoegen als ze zien dat die vol is of dat er afval naast staat.",
      riskManagement:
        "Als de sensoren uitvallen, valt de planning terug op de vaste route. Meldingen van inwoners over volle containers gaan altijd voor op de planning.",
      lawfulBasis: "De gemeente zamelt huishoudelijk afval in op grond van de Wet milieubeheer (artikel 10.21) en de Afvalstoffenverordening.",
      lawfulBasisLinks: [{ title: "Wet milieubeheer", url: "https://wetten.overheid.nl/BWBR0003245" }],
      impactAssessments: [],
      impactAssessmentNoneReason:
        "Het programma gebruikt geen persoonsgegevens en neemt geen besluiten over inwoners. Een DPIA of IAMA is daarom niet nodig. Met de ondernemingsraad is wel besproken wat de planning betekent voor het werk van chauffeurs.",
      dataUsed: "De vulgraad van containers, de plaats van containers, de wegenkaart met afsluitingen en de capaciteit van de vuilniswagens.",
      dataLinks: [{ title: "Open data locaties afvalcontainers", url: "https://data.voorbeeldstad.example.nl/afval/containers" }],
      technicalOperation:
        "Het programma verzamelt 's nachts de vulgraad van alle containers. Containers die morgen waarschijnlijk vol zijn, komen op de lijst. Daarna berekent een rekenmethode voor routeplanning de kortste routes langs die containers, rekening houdend met wegafsluitingen en de tijden waarop vrachtwagens de binnenstad in mogen.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      transparencyLimits: [],
      values: [
        serves("duurzaamheid", "Ongeveer 20% minder kilometers, dus minder diesel en uitstoot."),
        serves("doelmatigheid", "Minder ritten voor hetzelfde werk."),
        serves("collectief-belang", "Minder overvolle containers en minder vrachtwagens in smalle straten."),
        serves(
          "burgerbetrokkenheid",
          "Meldingen van inwoners over volle containers tellen mee in de planning.",
          ["interactie-met-stakeholders", "Via de app kunnen inwoners een volle container melden; die gaat de volgende dag mee in de route."],
        ),
        atStake(
          "menselijke-autonomie",
          "Chauffeurs verliezen vrijheid als een computer elke dag hun route bepaalt.",
          ["inrichting-organisatie-competenties", "Chauffeurs kunnen de route aanpassen en hebben meebeslist over hoe de planning werkt."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 7. Wmo needs assessment support
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-WM2K8S",
    status: "published",
    data: {
      name: "Hulpmiddel bij het onderzoek voor Wmo-ondersteuning",
      shortDescription:
        "Als u hulp vraagt via de Wmo, bijvoorbeeld huishoudelijke hulp, praat een consulent met u. Een hulpmiddel helpt de consulent het gesprek te ordenen en stelt een aantal uren hulp voor volgens de normen van de gemeente. De consulent besluit samen met u wat past.",
      categories: ["zorg-en-gezondheid"],
      themes: ["zorg-en-welzijn"],
      status: "in_use",
      beginMonth: "2022-01",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/wmo`,
      publicationCategory: "impactful",
      goal:
        "Iedereen die hulp vraagt, moet op dezelfde zorgvuldige manier worden onderzocht. Het hulpmiddel zorgt dat de consulent niets vergeet, zoals mantelzorg of hulpmiddelen in huis, en berekent hoeveel uren huishoudelijke hulp volgens de normen van de gemeente passen bij uw situatie. Het gevolg voor u: het voorstel kan meetellen in het besluit over uw Wmo-ondersteuning (de beschikking).",
      considerations:
        "Consulenten kwamen voor vergelijkbare situaties soms tot heel verschillende aantallen uren. Met het hulpmiddel is dat gelijker geworden. Het risico is dat de norm te star wordt toegepast. De rechter heeft bepaald dat de gemeente altijd naar de persoonlijke situatie moet kijken. Daarom is het voorstel alleen een startpunt, en moet de consulent uitleggen waarom hij het voorstel volgt of ervan afwijkt.",
      humanIntervention:
        "De consulent voert het gesprek, vult het hulpmiddel in en kan van elk voorstel afwijken. Bij afwijking schrijft de consulent op waarom. U krijgt het verslag van het gesprek en kunt het aanvullen voordat er een besluit komt.",
      riskManagement:
        "Elk half jaar kijken we hoe vaak consulenten afwijken van het voorstel, en in welke richting. Als consulenten bijna nooit afwijken, kan dat betekenen dat ze te veel op het hulpmiddel vertrouwen; dat bespreken we dan in het team. De normen worden elke twee jaar onderzocht door een onafhankelijk bureau.",
      lawfulBasis:
        "Het college moet onderzoeken welke ondersteuning iemand nodig heeft en daarover beslissen (Wmo 2015, artikelen 2.3.2 en 2.3.5). De normen staan in de Verordening maatschappelijke ondersteuning Voorbeeldstad en het Normenkader huishoudelijke hulp.",
      lawfulBasisLinks: [WMO, AWB],
      impactAssessments: [
        { kind: "dpia", title: "DPIA Wmo-hulpmiddel", url: `${VB_DOCS}/dpia-wmo-hulpmiddel.pdf` },
        { kind: "iama", title: "IAMA Wmo-hulpmiddel (2023)", url: `${VB_DOCS}/iama-wmo-hulpmiddel.pdf` },
      ],
      dataUsed:
        "Wat u in het gesprek vertelt over uw gezondheid, uw huishouden en wat u zelf nog kunt, de hulp van mantelzorgers en de hulpmiddelen die u heeft. Uw adres en de samenstelling van uw huishouden uit de Basisregistratie Personen.",
      dataLinks: [{ title: "Normenkader huishoudelijke hulp Voorbeeldstad", url: `${VB_SITE}/wmo/normenkader` }],
      technicalOperation:
        "Het hulpmiddel is een digitale vragenlijst met vaste rekenregels. Elk antwoord over wat u niet meer kunt, telt op tot een aantal minuten per week, volgens het normenkader. Het hulpmiddel telt alles op en stelt een aantal uren voor. Er zit geen zelflerend model in.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["Wmo-beschikking", "huishoudelijke hulp", "maatwerkvoorziening", "afwijzing Wmo-aanvraag", "aantal uren huishoudelijke hulp"],
        routes: [awbObjection("de Wmo", "/wmo/bezwaar", "welke hulp u wel nodig vindt en waarom, bijvoorbeeld met een brief van uw huisarts"), courtAppeal(false), complaint()],
        humanReview:
          "Het hulpmiddel beslist niet; de consulent doet dat. U kunt vragen om een tweede gesprek met een andere consulent, als u vindt dat er in het eerste gesprek niet goed naar u is geluisterd. Bij bezwaar kijkt een medewerker die niet bij uw aanvraag betrokken was opnieuw naar uw situatie.",
        nextSteps: OMBUDSMAN_NEXT + " U kunt ook gratis hulp krijgen van een onafhankelijke cliëntondersteuner.",
      },
      transparencyLimits: [],
      values: [
        serves("non-discriminatie", "Mensen in vergelijkbare situaties krijgen nu vergelijkbare hulp, ongeacht welke consulent ze spreken."),
        serves("uitlegbaarheid", "Het normenkader is openbaar; in het verslag ziet u hoe het voorstel is opgebouwd."),
        serves("menselijke-eindverantwoordelijkheid", "De consulent besluit en legt uit waarom hij afwijkt of niet."),
        serves("aanvechtbaarheid", "U krijgt eerst het verslag, kunt een tweede gesprek vragen, en daarna bezwaar maken."),
        serves(
          "burgerbetrokkenheid",
          "De adviesraad sociaal domein heeft meegedacht over de vragen in het hulpmiddel.",
          ["interactie-met-stakeholders", "Elk jaar bespreekt de adviesraad de ervaringen van inwoners met het hulpmiddel."],
        ),
        atStake(
          "passendheid",
          "Een norm kan te star zijn voor mensen met een bijzondere situatie, zoals een chronische ziekte die per dag wisselt.",
          ["inrichting-organisatie-competenties", "Consulenten worden getraind om af te wijken als dat nodig is; afwijken wordt niet ontmoedigd."],
        ),
        atStake(
          "menselijke-autonomie",
          "Consulenten kunnen het voorstel overnemen zonder zelf goed na te denken.",
          ["onderzoek-monitoring-evaluatie", "Elk half jaar kijken we hoe vaak en waarom wordt afgeweken."],
        ),
        atStake(
          "privacy",
          "In het gesprek worden gevoelige gegevens over gezondheid vastgelegd.",
          ["technische-standaarden", "Alleen de consulent en diens teamleider kunnen het verslag inzien; gezondheidsgegevens worden niet gedeeld met andere afdelingen."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 8. School transport eligibility
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-KV9R3T",
    status: "published",
    data: {
      name: "Berekening afstand en recht op leerlingenvervoer",
      shortDescription:
        "Als u leerlingenvervoer aanvraagt, berekent een programma de kortste veilige route van huis naar de dichtstbijzijnde passende school. Die afstand bepaalt mee of uw kind recht heeft op vervoer of een vergoeding. Een medewerker beoordeelt de aanvraag.",
      categories: ["onderwijs-en-wetenschap", "verkeer"],
      themes: ["onderwijs", "mobiliteit", "zorg-en-welzijn"],
      status: "in_use",
      beginMonth: "2021-08",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/leerlingenvervoer`,
      publicationCategory: "impactful",
      goal:
        "Volgens de verordening heeft een kind recht op leerlingenvervoer als de afstand naar de dichtstbijzijnde toegankelijke school groter is dan 6 kilometer, of als het kind door een beperking niet zelf kan reizen. Het programma berekent die afstand op dezelfde manier voor iedereen. Het gevolg voor u: de afstand kan bepalen of u vervoer of een vergoeding krijgt.",
      considerations:
        "Vroeger maten medewerkers de afstand met een online routeplanner, en die gaf soms verschillende uitkomsten. Het programma gebruikt altijd dezelfde kaart en dezelfde regels. We gebruiken de kortste route die veilig begaanbaar is, niet de kortste route in een rechte lijn.",
      humanIntervention:
        "Een medewerker leerlingenvervoer beoordeelt elke aanvraag. De afstand is één onderdeel; de medewerker kijkt ook naar de beperking van het kind, adviezen van school of arts, en of de route echt veilig is. Bij twijfel over de route gaat een medewerker ter plaatse kijken.",
      riskManagement:
        "Risico: een route die op de kaart veilig lijkt maar dat in het echt niet is, of een kaart die niet actueel is. Maatregelen: ouders kunnen een route aanwijzen die volgens hen veiliger is; de kaart wordt elke maand bijgewerkt.",
      lawfulBasis:
        "Het college moet leerlingenvervoer regelen volgens artikel 4 van de Wet op het primair onderwijs (en vergelijkbare artikelen in andere onderwijswetten) en de Verordening leerlingenvervoer Voorbeeldstad.",
      lawfulBasisLinks: [WPO, AWB],
      impactAssessments: [],
      impactAssessmentNoneReason:
        "Het programma berekent alleen een afstand met openbare kaartgegevens en een adres. Een DPIA-toets (pre-scan) wees uit dat een volledige DPIA niet nodig is; de gegevens over de beperking van het kind worden alleen door de medewerker gebruikt, niet door het programma.",
      dataUsed: "Het woonadres, het adres van de scholen die passen bij het onderwijstype, en een wegenkaart met fietspaden, voetpaden en oversteekplaatsen.",
      dataLinks: [{ title: "Wegenkaart voor leerlingenvervoer (open data)", url: "https://data.voorbeeldstad.example.nl/wegenkaart" }],
      technicalOperation:
        "Het programma zoekt de scholen die passen bij het onderwijstype van uw kind. Voor elke school berekent het de kortste route over de weg die begaanbaar is voor voetgangers en fietsers. De school met de kortste route geldt als de dichtstbijzijnde school. Het resultaat is een afstand in kilometers met een kaartje van de route.",
      selfLearning: false,
      supplier: "Eigen ontwikkeling",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["leerlingenvervoer", "afwijzing leerlingenvervoer", "vergoeding leerlingenvervoer", "taxi naar school", "aangepast vervoer school"],
        routes: [
          awbObjection("leerlingenvervoer", "/leerlingenvervoer/bezwaar", "de naam en geboortedatum van uw kind; welke route of school u bedoelt en waarom, met een kaartje als u dat heeft"),
          courtAppeal(false),
        ],
        humanReview:
          "U kunt vragen om een nieuwe beoordeling van de route door een medewerker. Die komt zo nodig samen met u de route bekijken. Bij bezwaar beoordeelt een medewerker die niet bij de aanvraag betrokken was alles opnieuw.",
        nextSteps: OMBUDSMAN_NEXT,
      },
      transparencyLimits: [],
      values: [
        serves("non-discriminatie", "Elke aanvraag wordt met dezelfde kaart en dezelfde regels gemeten."),
        serves("uitlegbaarheid", "U krijgt bij het besluit een kaartje met de berekende route en de afstand."),
        serves("passendheid", "Het programma kijkt naar scholen die passen bij het onderwijstype van het kind, niet alleen naar de dichtstbijzijnde school."),
        serves("doelmatigheid", "Medewerkers hoeven niet meer met de hand routes te meten."),
        atStake(
          "voorkomen-van-schade",
          "Een route die op de kaart veilig lijkt, kan voor een kind met een beperking gevaarlijk zijn.",
          ["inrichting-organisatie-competenties", "Bij twijfel beoordeelt een medewerker de route ter plaatse, samen met de ouders."],
        ),
        atStake(
          "aanvechtbaarheid",
          "Ouders weten niet altijd dat ze een andere route kunnen aanvoeren.",
          ["informatieverstrekking", "In het besluit staat dat u een veiligere route kunt aanwijzen, en hoe u bezwaar maakt."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 9. Municipal tax remission (kwijtschelding)
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-KW4M7B",
    status: "published",
    data: {
      name: "Automatische toets kwijtschelding gemeentelijke belastingen",
      shortDescription:
        "Heeft u een laag inkomen, dan kunt u kwijtschelding vragen voor gemeentelijke belastingen zoals de afvalstoffenheffing. Een programma controleert met gegevens van het Inlichtingenbureau of u recht heeft. Bij twijfel of een afwijzing kijkt altijd een medewerker.",
      categories: ["overheidsfinancien", "sociale-zekerheid"],
      themes: ["belastingen", "werk-en-inkomen"],
      status: "in_use",
      beginMonth: "2020-01",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/belastingen/kwijtschelding`,
      publicationCategory: "impactful",
      goal:
        "Mensen met een laag inkomen en weinig vermogen hoeven de afvalstoffenheffing en rioolheffing niet te betalen. Met de automatische toets hoeven zij niet elk jaar opnieuw al hun papieren in te leveren: als de gegevens laten zien dat u recht heeft, krijgt u automatisch kwijtschelding. Het gevolg voor u: de toets kan leiden tot toekenning; een afwijzing gebeurt nooit automatisch.",
      considerations:
        "Veel mensen met recht op kwijtschelding vroegen het niet aan, omdat het formulier ingewikkeld is. De automatische toets maakt het makkelijker. We kozen er bewust voor dat alleen toekenning automatisch gaat, omdat de gegevens van het Inlichtingenbureau niet altijd volledig zijn.",
      humanIntervention:
        "Het programma kan alleen 'ja' zeggen. Als de gegevens niet duidelijk zijn of als u volgens de gegevens geen recht heeft, beoordeelt een medewerker uw aanvraag. Die vraagt u zo nodig om aanvullende papieren en belt u bij twijfel.",
      riskManagement:
        "Risico: iemand krijgt ten onrechte geen kwijtschelding omdat gegevens ontbreken of verouderd zijn. Daarom wijst het programma nooit zelf af. Elk jaar vergelijken we automatische en handmatige beslissingen om te zien of de rekenregels kloppen met de Leidraad invordering.",
      lawfulBasis:
        "Kwijtschelding van gemeentelijke belastingen is geregeld in artikel 255 van de Gemeentewet, artikel 26 van de Invorderingswet 1990 en de Kwijtscheldingsregeling van Voorbeeldstad. Gegevens worden opgevraagd bij het Inlichtingenbureau op grond van de Invorderingswet.",
      lawfulBasisLinks: [GEMEENTEWET, INVORDERINGSWET],
      impactAssessments: [{ kind: "dpia", title: "DPIA geautomatiseerde kwijtschelding", url: `${VB_DOCS}/dpia-kwijtschelding.pdf` }],
      dataUsed:
        "Uw inkomen, uitkering, bankrekeningen, auto en eigen woning, en de samenstelling van uw huishouden, zoals bekend bij het Inlichtingenbureau, de RDW en de Basisregistratie Personen.",
      dataLinks: [],
      technicalOperation:
        "Het programma vraagt uw gegevens op bij het Inlichtingenbureau en rekent met vaste regels uit wat uw betalingscapaciteit is: uw inkomen min de vaste lasten en de kwijtscheldingsnorm. Is de betalingscapaciteit nul en is er geen vermogen, dan wordt kwijtschelding toegekend. In alle andere gevallen gaat de aanvraag naar een medewerker.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["kwijtschelding", "afwijzing kwijtschelding", "kwijtschelding gemeentelijke belastingen", "kwijtschelding afvalstoffenheffing"],
        routes: [
          {
            kind: "other",
            handler: "Gemeente Voorbeeldstad, de invorderingsambtenaar (administratief beroep)",
            deadlineAmount: 3,
            deadlineUnit: "months",
            deadlineFrom: "day_after_sent",
            steps: [
              "Kijk naar de datum op de beslissing over uw kwijtschelding. U heeft 3 maanden de tijd om in beroep te gaan bij de invorderingsambtenaar.",
              "Schrijf waarom u het niet eens bent met de beslissing. Stuur papieren mee die uw situatie laten zien, zoals bankafschriften of een loonstrook.",
              "Stuur uw beroep via het online formulier, per e-mail of per post.",
              "Zolang uw beroep loopt, wachten wij in de regel met invorderen. Vraag dit na als u twijfelt.",
            ],
            include:
              "Uw naam en adres; de datum en het kenmerk van de beslissing op uw verzoek om kwijtschelding; waarom u het er niet mee eens bent; bewijs van uw inkomen en vaste lasten; uw handtekening.",
            webUrl: `${VB_SITE}/belastingen/kwijtschelding/beroep`,
            email: "belastingen@voorbeeldstad.example.nl",
            postalAddress: `Gemeente Voorbeeldstad, invorderingsambtenaar, ${VB_POST}`,
            phone: VB_PHONE,
          },
          complaint(),
        ],
        humanReview:
          "Een afwijzing wordt altijd door een medewerker genomen, nooit door het programma. U kunt de medewerker bellen en vragen welke gegevens zijn gebruikt. Is er iets veranderd in uw situatie, dan kunt u altijd een nieuw verzoek doen.",
        nextSteps:
          "Na het administratief beroep bij de invorderingsambtenaar kunt u niet naar de rechter: de wet kent voor kwijtschelding geen beroep bij de rechtbank. Vindt u dat u niet goed bent behandeld, dan kunt u een klacht indienen bij de gemeente en daarna bij de Nationale ombudsman. Hulp bij geldzorgen krijgt u gratis bij de schuldhulp van de gemeente.",
      },
      transparencyLimits: [],
      values: [
        serves("inclusiviteit", "Mensen die moeite hebben met formulieren krijgen toch de kwijtschelding waar ze recht op hebben."),
        serves("gebruiksvriendelijkheid", "Geen stapel papieren meer inleveren als de gegevens al duidelijk zijn."),
        serves("menselijke-waardigheid", "Mensen met geldzorgen hoeven niet elk jaar opnieuw hun hele situatie te bewijzen."),
        serves("menselijke-eindverantwoordelijkheid", "Alleen toekenning gaat automatisch; elke afwijzing beoordeelt een medewerker."),
        serves("doelmatigheid", "Medewerkers hebben meer tijd voor de ingewikkelde aanvragen."),
        atStake(
          "privacy",
          "Voor de toets worden veel financiële gegevens opgevraagd.",
          ["technische-standaarden", "Gegevens worden alleen opgevraagd na uw verzoek en na 1 jaar verwijderd."],
        ),
        atStake(
          "aanvechtbaarheid",
          "Tegen een beslissing over kwijtschelding kunt u niet naar de rechter; alleen administratief beroep is mogelijk.",
          ["informatieverstrekking", "Dit staat duidelijk in elke beslissing, met een telefoonnummer voor uitleg."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 10. Classification of public space reports
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-MR8C2N",
    status: "published",
    data: {
      name: "Automatisch doorsturen van meldingen openbare ruimte",
      shortDescription:
        "Als u een melding doet over de openbare ruimte, zoals een kapotte lantaarnpaal of afval op straat, leest een programma uw tekst en kiest het team dat de melding moet oppakken. Twijfelt het programma, dan kijkt een medewerker.",
      categories: ["ruimte-en-infrastructuur"],
      themes: ["openbare-ruimte", "openbare-ruimte/onderhoud", "dienstverlening"],
      status: "in_use",
      beginMonth: "2021-09",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/melding`,
      publicationCategory: "other",
      goal:
        "Meldingen snel bij het juiste team krijgen, zodat problemen eerder worden opgelost. De gemeente krijgt ruim 100.000 meldingen per jaar. Het programma neemt geen besluit over u.",
      considerations:
        "Vroeger las een medewerker elke melding en stuurde die door; bij drukte kon dat dagen duren. Het programma doet dat in een paar seconden. Omdat het om doorsturen gaat en niet om een besluit over een persoon, vinden we de risico's klein.",
      humanIntervention:
        "Als het programma niet zeker is (ongeveer 15% van de meldingen), beslist een medewerker naar welk team de melding gaat. Teams kunnen een verkeerd doorgestuurde melding met één klik terugsturen.",
      riskManagement:
        "We houden bij hoeveel meldingen worden teruggestuurd omdat ze bij het verkeerde team kwamen. Elke maand kijken we of meldingen uit alle wijken even snel worden opgepakt.",
      lawfulBasis: "Het beheer van de openbare ruimte is een taak van de gemeente (Gemeentewet, Wegenwet). Meldingen verwerken we op grond van AVG artikel 6 lid 1 onder e.",
      lawfulBasisLinks: [GEMEENTEWET, AVG],
      impactAssessments: [{ kind: "dpia", title: "DPIA-toets (pre-scan) meldingen openbare ruimte", url: `${VB_DOCS}/prescan-dpia-meldingen.pdf` }],
      dataUsed: "De tekst en de foto van uw melding, en de plek op de kaart. Uw naam en contactgegevens gebruikt het programma niet.",
      dataLinks: [{ title: "Open data meldingen openbare ruimte (zonder persoonsgegevens)", url: "https://data.voorbeeldstad.example.nl/meldingen" }],
      technicalOperation:
        "Een taalmodel is getraind op oude meldingen die door medewerkers waren ingedeeld. Het leest de tekst en kiest een categorie, zoals 'straatverlichting' of 'grofvuil', met een zekerheidsscore. Is de score hoog genoeg, dan gaat de melding direct naar het team. Het model wordt elk half jaar opnieuw getraind en getest.",
      selfLearning: true,
      supplier: "Eigen ontwikkeling",
      sourceCodeUrl: "https://code.voorbeeldstad.example.nl/meldingen/classificatie",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["melding openbare ruimte", "melding afgesloten", "melding niet opgelost"],
        routes: [
          {
            kind: "human_review",
            handler: "Gemeente Voorbeeldstad, team Meldingen",
            steps: [
              "Is uw melding afgesloten maar niet opgelost? Reageer op de e-mail die u kreeg, of heropen de melding via de website.",
              "Een medewerker bekijkt uw melding opnieuw en stuurt die zo nodig naar een ander team.",
            ],
            webUrl: `${VB_SITE}/melding`,
            email: "meldingen@voorbeeldstad.example.nl",
            phone: VB_PHONE,
          },
          complaint(),
        ],
        humanReview: "U kunt een afgesloten melding altijd heropenen; dan kijkt een medewerker er opnieuw naar.",
        nextSteps: "Bent u niet tevreden over hoe de gemeente met uw melding is omgegaan? Dien dan een klacht in. Daarna kunt u terecht bij de Nationale ombudsman.",
      },
      transparencyLimits: [],
      values: [
        serves("doelmatigheid", "Meldingen komen binnen seconden bij het juiste team, in plaats van na een paar dagen."),
        serves("collectief-belang", "Een kapotte lantaarnpaal of gevaarlijke stoeptegel wordt sneller hersteld."),
        serves("transparantie", "De broncode en de categorieën zijn openbaar; meldingen zonder persoonsgegevens zijn open data."),
        serves("correctie", "Teams sturen verkeerd ingedeelde meldingen terug; daar leert het model bij de volgende training van."),
        atStake(
          "non-discriminatie",
          "Meldingen in eenvoudige taal of in een andere taal kunnen vaker verkeerd worden ingedeeld, waardoor sommige wijken langer wachten.",
          ["onderzoek-monitoring-evaluatie", "Elke maand vergelijken we per wijk hoe snel meldingen worden opgepakt en hoe vaak ze verkeerd zijn ingedeeld."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 11. Translation tool
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-VT6H2W",
    status: "published",
    data: {
      name: "Vertaalhulp voor het klantcontactcentrum",
      shortDescription:
        "Medewerkers van het klantcontactcentrum kunnen een vertaalprogramma gebruiken als een inwoner geen Nederlands of Engels spreekt. Belangrijke brieven en besluiten worden altijd door een mens vertaald of gecontroleerd.",
      categories: ["organisatie-en-bedrijfsvoering"],
      themes: ["dienstverlening"],
      status: "in_use",
      beginMonth: "2023-10",
      contactEmail: VB_MAIL,
      publicationCategory: "other",
      goal:
        "Inwoners die (nog) geen Nederlands spreken, kunnen toch hun vraag stellen aan de gemeente, bijvoorbeeld aan de balie of via de chat.",
      considerations:
        "Een professionele tolk is beter, maar niet altijd direct beschikbaar. Voor eenvoudige vragen is een vertaalprogramma een goede hulp. Voor gesprekken over besluiten, schulden of zorg zetten we altijd een tolk in.",
      humanIntervention: "De medewerker beslist of de vertaalhulp geschikt is. Bij twijfel of bij belangrijke onderwerpen wordt een tolk ingeschakeld.",
      riskManagement:
        "Risico: een verkeerde vertaling van iets belangrijks. Daarom gebruiken we de vertaalhulp niet voor besluiten. Het programma draait op servers in de EU en bewaart geen teksten.",
      lawfulBasis: "Dienstverlening aan inwoners is een taak van de gemeente. Er worden geen besluiten mee genomen.",
      lawfulBasisLinks: [],
      impactAssessments: [],
      impactAssessmentNoneReason:
        "De vertaalhulp neemt geen besluiten en slaat geen teksten op. Een pre-scan wees uit dat geen DPIA nodig is, mits medewerkers geen persoonsgegevens invoeren; dat staat in de werkinstructie.",
      dataUsed: "De tekst die de medewerker of inwoner invoert. Die wordt niet opgeslagen.",
      dataLinks: [],
      technicalOperation: "Een vertaalmodel (neuraal netwerk) van een leverancier vertaalt de tekst. Het model is getraind door de leverancier en leert niet van onze teksten.",
      selfLearning: false,
      supplier: "Voorbeeld Vertaaldiensten B.V.",
      transparencyLimits: [
        { what: "Hoe het vertaalmodel van de leverancier is getraind", why: "Dat is niet openbaar gemaakt door de leverancier. We gebruiken het daarom alleen voor eenvoudige vragen." },
      ],
      values: [
        serves("inclusiviteit", "Ook inwoners die geen Nederlands spreken kunnen hun vraag stellen."),
        serves("gebruiksvriendelijkheid", "Geen wachttijd voor een tolk bij een eenvoudige vraag."),
        serves("passendheid", "Een hulpmiddel dat past bij nieuwkomers en internationale studenten in de stad."),
        atStake(
          "uitlegbaarheid",
          "Een vertaling kan net iets anders betekenen dan bedoeld.",
          ["inrichting-organisatie-competenties", "Medewerkers controleren of de inwoner het antwoord begrijpt en schakelen bij twijfel een tolk in."],
        ),
        atStake(
          "onafhankelijkheid",
          "We zijn afhankelijk van één leverancier, waarvan we het model niet kunnen inzien.",
          ["aanbesteding-en-marktpartijen", "Het contract verbiedt de leverancier om onze teksten op te slaan of te gebruiken voor training."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 12. Camera image blurring
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-BK3X9P",
    status: "published",
    data: {
      name: "Automatisch vervagen van gezichten en kentekens in straatbeelden",
      shortDescription:
        "De gemeente maakt foto's van de straat voor het beheer van wegen en groen. Een programma zoekt gezichten en kentekens op die foto's en maakt ze onherkenbaar, voordat medewerkers de foto's zien of de foto's openbaar worden.",
      categories: ["ruimte-en-infrastructuur"],
      themes: ["openbare-ruimte/onderhoud", "openbare-ruimte"],
      status: "in_use",
      beginMonth: "2021-04",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/straatbeelden`,
      publicationCategory: "other",
      goal:
        "Elk jaar rijdt een auto met camera's door de stad om foto's van de straat te maken (panoramabeelden). Die gebruiken we om schade aan wegen, bomen en lantaarnpalen te zien. Voorbijgangers en auto's staan er ook op. Het programma beschermt hun privacy door gezichten en kentekens te vervagen.",
      considerations:
        "Met de hand vervagen is bij miljoenen foto's onmogelijk. Het programma vindt bijna alle gezichten en kentekens. Wat het mist, kunnen mensen melden en halen we binnen 5 werkdagen weg.",
      humanIntervention:
        "Medewerkers controleren elke maand een steekproef van 1.000 foto's. Inwoners kunnen een foto melden waarop zij of hun auto nog herkenbaar zijn, of vragen om hun huis te vervagen.",
      riskManagement:
        "Het grootste risico is dat het programma een gezicht mist. We meten hoe vaak dat gebeurt (in 2025: minder dan 1 op 2.000 gezichten). Onbewerkte foto's worden alleen in een afgeschermde omgeving bewaard en na 30 dagen verwijderd.",
      lawfulBasis:
        "Het beheer van de openbare ruimte is een taak van de gemeente. Het vervagen is een maatregel om de privacy te beschermen (AVG artikel 25, gegevensbescherming door ontwerp).",
      lawfulBasisLinks: [AVG],
      impactAssessments: [{ kind: "dpia", title: "DPIA panoramabeelden", url: `${VB_DOCS}/dpia-panoramabeelden.pdf` }],
      dataUsed: "Foto's van de openbare ruimte, gemaakt vanaf de weg.",
      dataLinks: [],
      technicalOperation:
        "Een beeldherkenningsmodel (neuraal netwerk) zoekt op elke foto naar gezichten en kentekens en legt er een vervaging over. Het model is getraind op een openbare dataset en getest op foto's uit onze eigen stad, bij dag en nacht en bij verschillende huidskleuren.",
      selfLearning: true,
      supplier: "Eigen ontwikkeling, op basis van open source software",
      sourceCodeUrl: "https://code.voorbeeldstad.example.nl/panorama/vervagen",
      processingRegisterUrl: VB_REGISTER,
      transparencyLimits: [],
      values: [
        serves("privacy", "Voorbijgangers en auto's zijn niet herkenbaar op de foto's die medewerkers en inwoners te zien krijgen.", [
          "informatieverstrekking",
          "Inwoners kunnen een foto melden waarop zij nog herkenbaar zijn; die wordt binnen 5 werkdagen vervaagd.",
        ]),
        serves("transparantie", "Door het vervagen kunnen we de straatbeelden openbaar maken."),
        serves("doelmatigheid", "Miljoenen foto's kunnen worden gebruikt zonder dat iemand ze met de hand hoeft te bewerken."),
        serves("onafhankelijkheid", "Het programma is open source en door de gemeente zelf gebouwd."),
        atStake(
          "non-discriminatie",
          "Beeldherkenning werkt soms slechter bij mensen met een donkere huidskleur, waardoor hun gezicht vaker herkenbaar blijft.",
          ["onderzoek-monitoring-evaluatie", "We testen het model apart op verschillende huidskleuren en publiceren de uitkomsten."],
        ),
        atStake(
          "veiligheid",
          "De onbewerkte foto's bevatten nog herkenbare mensen en kentekens; een datalek zou hun privacy schaden.",
          ["technische-standaarden", "Onbewerkte foto's staan alleen in een afgeschermde omgeving en worden na 30 dagen verwijderd."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 13. Parking permit waiting list
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-PW7D4J",
    status: "published",
    data: {
      name: "Wachtlijst parkeervergunning binnenstad",
      shortDescription:
        "In de binnenstad zijn meer aanvragen voor een parkeervergunning dan plekken. Een programma controleert of u recht heeft op een vergunning en zet u op de wachtlijst op volgorde van aanvraagdatum. Als er een plek vrijkomt, krijgt de eerste op de lijst een aanbod.",
      categories: ["verkeer", "wonen"],
      themes: ["mobiliteit/parkeren", "vergunningen"],
      status: "in_use",
      beginMonth: "2019-06",
      contactEmail: VB_MAIL,
      publicPageUrl: `${VB_SITE}/parkeren/vergunning`,
      publicationCategory: "impactful",
      goal:
        "De plekken voor vergunninghouders eerlijk verdelen. Het programma controleert de regels uit de parkeerverordening: woont u op het adres, heeft u niet al een vergunning op dat adres, en heeft u geen eigen parkeerplaats? Het gevolg voor u: u krijgt een plek op de wachtlijst, of uw aanvraag wordt afgewezen.",
      considerations:
        "Een wachtlijst op volgorde van aanmelden is eenvoudig en eerlijk. Een loting zou sneller zijn voor nieuwe bewoners, maar geeft minder zekerheid. De gemeenteraad koos voor de wachtlijst. Bewoners met een medische noodzaak kunnen voorrang vragen; dat beoordeelt een arts van de GGD, niet het programma.",
      humanIntervention:
        "Elke afwijzing wordt door een medewerker gecontroleerd voordat die verstuurd wordt. Een aanvraag om medische voorrang gaat altijd naar een medewerker en een arts.",
      riskManagement:
        "Risico: een verouderd adres in de Basisregistratie Personen of een eigen parkeerplaats die niet (meer) van u is. Daarom controleert een medewerker elke afwijzing en kunt u de gegevens laten corrigeren.",
      lawfulBasis:
        "De gemeente geeft parkeervergunningen op grond van de Parkeerverordening Voorbeeldstad, gebaseerd op artikel 225 van de Gemeentewet en de Wegenverkeerswet 1994.",
      lawfulBasisLinks: [GEMEENTEWET, { title: "Wegenverkeerswet 1994", url: "https://wetten.overheid.nl/BWBR0006622" }],
      impactAssessments: [{ kind: "dpia", title: "DPIA parkeervergunningen", url: `${VB_DOCS}/dpia-parkeervergunningen.pdf` }],
      dataUsed:
        "Uw naam, adres en kenteken, de datum van uw aanvraag, gegevens uit de Basisregistratie Personen (woont u op het adres?) en de Basisregistratie Kadaster (hoort er een parkeerplaats bij uw woning?).",
      dataLinks: [],
      technicalOperation:
        "Het programma controleert met vaste regels de voorwaarden uit de verordening. Als u aan de voorwaarden voldoet, krijgt u een plek op de wachtlijst op datum van aanvraag. Komt er een plek vrij, dan stuurt het programma een aanbod naar de eerste op de lijst. U ziet online op welke plek u staat.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      processingRegisterUrl: VB_REGISTER,
      contest: {
        decisions: ["parkeervergunning", "wachtlijst parkeervergunning", "afwijzing parkeervergunning", "plek op de wachtlijst", "bewonersvergunning"],
        routes: [awbObjection("parkeervergunningen", "/parkeren/vergunning/bezwaar", "uw kenteken; waarom u vindt dat u wel recht heeft, of een eerdere plek op de wachtlijst"), courtAppeal(false)],
        humanReview:
          "Elke afwijzing is door een medewerker bekeken. Klopt een gegeven niet, zoals uw adres of een parkeerplaats die niet van u is? Bel ons, dan corrigeren we het en beoordeelt een medewerker uw aanvraag opnieuw, met behoud van uw oorspronkelijke datum.",
        nextSteps: OMBUDSMAN_NEXT,
      },
      transparencyLimits: [],
      values: [
        serves("non-discriminatie", "Iedereen op de lijst wordt op volgorde van aanvraag geholpen, zonder uitzonderingen behalve medische voorrang."),
        serves("transparantie", "U ziet online op welke plek u staat en hoe lang de wachtlijst is."),
        serves("uitlegbaarheid", "De regels zijn eenvoudig en staan in de verordening; bij een afwijzing staat welke regel niet is gehaald."),
        serves("menselijke-eindverantwoordelijkheid", "Elke afwijzing wordt door een medewerker gecontroleerd."),
        atStake(
          "passendheid",
          "Mensen die door werk of zorg afhankelijk zijn van hun auto, moeten net zo lang wachten.",
          ["inrichting-organisatie-competenties", "Medische voorrang kan worden aangevraagd en wordt beoordeeld door een arts."],
        ),
        atStake(
          "correctie",
          "Verouderde gegevens in basisregistraties kunnen leiden tot een onterechte afwijzing.",
          ["technische-standaarden", "Als een gegeven wordt gecorrigeerd, houdt u uw oorspronkelijke plek op de wachtlijst."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 14. Water board tax assessment (Waterschap Voorbeeldrivieren)
  // ============================================================================================
  {
    organisation: VR,
    publicId: "A-WB2S6F",
    status: "published",
    data: {
      name: "Berekening aanslag waterschapsbelastingen",
      shortDescription:
        "Het waterschap berekent elk jaar de watersysteemheffing en de zuiveringsheffing voor elk huishouden en elke eigenaar. Een programma gebruikt daarvoor de WOZ-waarde en het aantal bewoners uit de Basisregistratie Personen. Een medewerker controleert afwijkingen.",
      categories: ["overheidsfinancien"],
      themes: ["belastingen", "milieu/water"],
      status: "in_use",
      beginMonth: "2019-01",
      contactEmail: "belastingen@voorbeeldrivieren.example.nl",
      publicPageUrl: `${VR_SITE}/belastingen`,
      publicationCategory: "impactful",
      goal:
        "Het waterschap zorgt voor veilige dijken, genoeg en schoon water en het zuiveren van afvalwater. Dat betalen inwoners en bedrijven met waterschapsbelastingen. Het programma berekent de aanslagen voor ruim 400.000 adressen op dezelfde manier. Het gevolg voor u: de berekening bepaalt hoeveel u moet betalen.",
      considerations:
        "Met de hand rekenen is bij zoveel adressen niet mogelijk. De regels zijn vast en eenvoudig: de WOZ-waarde bepaalt de watersysteemheffing voor eigenaren, en het aantal bewoners bepaalt de zuiveringsheffing (1 bewoner telt als 1 vervuilingseenheid, meer bewoners als 3). Het risico zit vooral in verouderde gegevens.",
      humanIntervention:
        "Een medewerker controleert alle aanslagen die veel hoger zijn dan vorig jaar, en alle adressen waar gegevens ontbreken of elkaar tegenspreken. Bij bezwaar beoordeelt een medewerker uw situatie opnieuw.",
      riskManagement:
        "We vergelijken elk jaar de gegevens met die van de gemeenten. Fouten die inwoners melden, geven we door aan de gemeente (WOZ) of aan de Basisregistratie Personen zodat ze bij de bron worden hersteld.",
      lawfulBasis:
        "Het waterschap heft belastingen op grond van de Waterschapswet (artikelen 117 en 122a e.v.) en de belastingverordeningen van Waterschap Voorbeeldrivieren. Bezwaar en beroep gaan volgens de Algemene wet inzake rijksbelastingen.",
      lawfulBasisLinks: [WATERSCHAPSWET, AWR, WOZ],
      impactAssessments: [{ kind: "dpia", title: "DPIA heffing waterschapsbelastingen", url: `${VR_SITE}/documenten/dpia-belastingen.pdf` }],
      dataUsed:
        "De WOZ-waarde van woningen en gebouwen (van de gemeente), het aantal bewoners per adres uit de Basisregistratie Personen, eigendomsgegevens uit het Kadaster, en voor bedrijven de gegevens over hun afvalwater.",
      dataLinks: [{ title: "Tarieven waterschapsbelastingen", url: `${VR_SITE}/belastingen/tarieven` }],
      technicalOperation:
        "Het programma haalt de gegevens op uit de basisregistraties en rekent met de tarieven uit de verordening: WOZ-waarde maal het tarief voor de watersysteemheffing gebouwd; aantal vervuilingseenheden maal het tarief voor de zuiveringsheffing. Er zit geen zelflerend model in.",
      selfLearning: false,
      supplier: "Voorbeeld Software B.V.",
      processingRegisterUrl: `${VR_SITE}/privacy/verwerkingsregister`,
      contest: {
        decisions: ["aanslag waterschapsbelasting", "watersysteemheffing", "zuiveringsheffing", "aanslag waterschap", "vervuilingseenheden"],
        routes: [
          {
            kind: "objection",
            handler: "Waterschap Voorbeeldrivieren, afdeling Belastingen (de heffingsambtenaar)",
            deadlineAmount: 6,
            deadlineUnit: "weeks",
            deadlineFrom: "day_after_sent",
            steps: [
              "Kijk op het aanslagbiljet naar de datum en het aanslagnummer. Uw bezwaar moet binnen 6 weken na die datum binnen zijn.",
              "Bent u het niet eens met de WOZ-waarde? Maak dan bezwaar bij de gemeente, niet bij het waterschap.",
              "Schrijf waarom u het niet eens bent, bijvoorbeeld: er wonen minder mensen op uw adres dan op de aanslag staat.",
              "Stuur uw bezwaar online met DigiD, per e-mail of per post. Betaal de aanslag toch op tijd, of vraag uitstel van betaling.",
            ],
            include:
              "Uw naam en adres; de datum en het aanslagnummer (kenmerk) van de aanslag; welke heffing het betreft; waarom u het er niet mee eens bent; uw handtekening (niet nodig online met DigiD).",
            webUrl: `${VR_SITE}/belastingen/bezwaar`,
            email: "belastingen@voorbeeldrivieren.example.nl",
            postalAddress: "Waterschap Voorbeeldrivieren, afdeling Belastingen, Antwoordnummer 54321, 3400 VB Voorbeeldrivieren",
            phone: "+31 30 000 0100",
          },
          {
            kind: "appeal",
            handler: "De rechtbank, team belastingrecht (de rechtbank in het arrondissement waar u woont)",
            deadlineAmount: 6,
            deadlineUnit: "weeks",
            deadlineFrom: "day_after_sent",
            steps: [
              "Wacht op de uitspraak op uw bezwaar.",
              "Dien binnen 6 weken een beroepschrift in bij de rechtbank, digitaal via rechtspraak.nl of per post, met een kopie van de uitspraak op bezwaar.",
              "U betaalt griffierecht; krijgt u gelijk, dan betaalt het waterschap dit terug.",
            ],
            webUrl: "https://www.rechtspraak.nl",
          },
        ],
        humanReview:
          "U kunt altijd bellen om uw aanslag te laten nakijken door een medewerker. Klopt een gegeven niet, zoals het aantal bewoners, dan past de medewerker uw aanslag aan. Bij bezwaar beoordeelt een medewerker uw hele situatie opnieuw.",
        nextSteps:
          "Bent u het niet eens met de uitspraak op bezwaar, dan kunt u binnen 6 weken in beroep bij de rechtbank. Kunt u de aanslag niet betalen? Vraag dan kwijtschelding aan bij het waterschap. Over de manier waarop u bent behandeld, kunt u klagen bij het waterschap en daarna bij de Nationale ombudsman.",
      },
      transparencyLimits: [],
      values: [
        serves("non-discriminatie", "Alle adressen worden met dezelfde regels en tarieven berekend."),
        serves("uitlegbaarheid", "Op het aanslagbiljet staat welke WOZ-waarde en hoeveel vervuilingseenheden zijn gebruikt."),
        serves("collectief-belang", "De belastingen betalen voor veilige dijken en schoon water voor iedereen in het gebied."),
        serves("samenwerking", "Gemeenten en waterschap gebruiken dezelfde gegevens, zodat u fouten maar op één plek hoeft te melden."),
        serves("aanvechtbaarheid", "Bezwaar kan online, per e-mail, per post en met hulp aan de telefoon."),
        atStake(
          "correctie",
          "Als het aantal bewoners in de Basisregistratie Personen niet klopt, klopt ook de zuiveringsheffing niet.",
          ["technische-standaarden", "Meldingen van fouten sturen we door naar de gemeente zodat de basisregistratie wordt hersteld."],
        ),
        atStake(
          "passendheid",
          "Voor mensen met een laag inkomen is de aanslag een grote uitgave.",
          ["informatieverstrekking", "Bij elke aanslag staat hoe u kwijtschelding of een betalingsregeling aanvraagt."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 15. Archived: market stall lottery
  // ============================================================================================
  {
    organisation: VB,
    publicId: "A-MK5T8V",
    status: "archived",
    endedOn: "2024-06-30",
    data: {
      name: "Loting vaste standplaatsen weekmarkt (niet meer in gebruik)",
      shortDescription:
        "Tot juli 2024 verdeelde een programma vrijgekomen vaste standplaatsen op de weekmarkt op Vredenburg door loting onder marktkooplieden op de wachtlijst. Sinds de nieuwe marktverordening verdelen we plaatsen met een openbare selectieprocedure.",
      categories: ["economie"],
      themes: ["economie", "vergunningen"],
      status: "out_of_use",
      beginMonth: "2019-03",
      endMonth: "2024-06",
      contactEmail: VB_MAIL,
      publicationCategory: "other",
      goal: "Vrijgekomen vaste standplaatsen eerlijk verdelen onder marktkooplieden op de wachtlijst.",
      considerations:
        "Loting gaf iedereen een gelijke kans, maar beloonde geen kwaliteit of vernieuwing van de markt. Na uitspraken van de Raad van State over schaarse vergunningen moest de verdeling anders: met een openbare procedure waarin iedereen kan meedingen.",
      humanIntervention: "De marktmeester controleerde de uitslag van elke loting en maakte die bekend in een openbare bijeenkomst.",
      riskManagement: "De loting werd vastgelegd met het gebruikte startgetal, zodat een notaris de uitslag kon narekenen.",
      lawfulBasis: "Marktverordening Voorbeeldstad 2018 (vervallen per 1 juli 2024).",
      lawfulBasisLinks: [],
      impactAssessments: [],
      impactAssessmentNoneReason: "Het programma gebruikte alleen het nummer van de marktkoopman op de wachtlijst; er werden geen andere persoonsgegevens verwerkt.",
      dataUsed: "De wachtlijst met nummers van marktkooplieden en de vrijgekomen standplaatsen.",
      dataLinks: [],
      technicalOperation: "Een willekeurige trekking uit de wachtlijst met een vastgelegd startgetal, zodat de trekking achteraf te herhalen was.",
      selfLearning: false,
      supplier: "Eigen ontwikkeling",
      transparencyLimits: [],
      values: [
        serves("non-discriminatie", "Iedereen op de wachtlijst had dezelfde kans."),
        serves("controleerbaarheid", "Elke trekking was met het vastgelegde startgetal na te rekenen door een notaris."),
        serves("correctie", "Toen de regels veranderden, is de loting gestopt en vervangen door een openbare procedure."),
        atStake("passendheid", "Loting hield geen rekening met de kwaliteit of het aanbod van een kraam, wat de markt eentoniger kon maken."),
      ],
    },
  },
  // ============================================================================================
  // 16. Draft (Gemeente Proefdorp): sewer maintenance planning
  // ============================================================================================
  {
    organisation: PD,
    publicId: "A-PD9R4M",
    status: "draft",
    data: {
      name: "Voorspelling onderhoud riolering",
      shortDescription:
        "Proefdorp onderzoekt of een rekenmodel kan voorspellen welke rioolbuizen als eerste onderhoud nodig hebben, op basis van leeftijd, materiaal en camera-inspecties. Zo kunnen we straten minder vaak openbreken.",
      categories: ["ruimte-en-infrastructuur", "natuur-en-milieu"],
      themes: ["openbare-ruimte/onderhoud", "milieu/water"],
      status: "in_development",
      beginMonth: "2026-10",
      contactEmail: "info@proefdorp.example.nl",
      publicationCategory: "other",
      goal: "Rioolonderhoud plannen op de plekken waar het echt nodig is, en het werk combineren met ander onderhoud aan de straat.",
      considerations: "We testen het model eerst een jaar naast de huidige planning. Pas als het beter werkt, gebruiken we het.",
      humanIntervention: "De rioolbeheerder maakt de planning; het model geeft alleen advies.",
      riskManagement: "Tijdens de proef vergelijken we de voorspellingen met de uitkomsten van camera-inspecties.",
      lawfulBasis: "Zorgplicht voor de inzameling en het transport van afvalwater (Omgevingswet, artikel 2.16).",
      lawfulBasisLinks: [OMGEVINGSWET],
      impactAssessments: [],
      impactAssessmentNoneReason: "Het model gebruikt alleen gegevens over rioolbuizen, geen persoonsgegevens, en neemt geen besluiten over inwoners.",
      dataUsed: "Leeftijd, materiaal en diepte van rioolbuizen, uitkomsten van camera-inspecties en meldingen van verstoppingen.",
      dataLinks: [],
      technicalOperation: "Een statistisch model berekent per buis de kans op schade in de komende vijf jaar.",
      selfLearning: true,
      supplier: "Voorbeeld Ingenieurs B.V.",
      transparencyLimits: [],
      values: [
        serves("doelmatigheid", "Onderhoud waar het nodig is, in plaats van op vaste tijden."),
        serves("duurzaamheid", "Minder onnodig graafwerk en minder vervangen van buizen die nog goed zijn."),
        serves("collectief-belang", "Minder overlast van opgebroken straten voor inwoners."),
        atStake(
          "kennis",
          "Als kleine gemeente hebben we weinig kennis van rekenmodellen.",
          ["aanbesteding-en-marktpartijen", "In het contract staat dat de leverancier uitlegt hoe het model werkt en ons leert het zelf te beoordelen."],
        ),
      ],
    },
  },
  // ============================================================================================
  // 17. Imported from the national Algoritmeregister (Voorbeeldrivieren): meets the national standard,
  //     with its HTML (paragraphs and lists), but not yet assessed against the CODIO values and without
  //     a structured contest route — published, and shown honestly as such.
  // ============================================================================================
  {
    organisation: VR,
    publicId: "A-HX7W3K",
    status: "published",
    origin: "import",
    data: {
      name: "Selectie van adressen voor controle op illegale lozingen",
      shortDescription:
        "Het waterschap kiest met een rekenregel welke bedrijven en woningen het eerst controleert op lozingen in het oppervlaktewater. Een controle kan leiden tot een last onder dwangsom.",
      categories: ["natuur-en-milieu", "openbare-orde-en-veiligheid"],
      status: "in_use",
      beginMonth: "2024-05",
      contactEmail: "https://www.voorbeeldrivieren.example.nl/contact",
      publicPageUrl: `${VR_SITE}/handhaving/lozingen`,
      publicationCategory: "impactful",
      goal: "<div><p>Het waterschap kan niet elk adres controleren. De rekenregel helpt om de controles daar te doen waar de kans op een illegale lozing het grootst is.</p><p>Wat betekent dat voor u?</p><ul><li>Woont of werkt u aan water, dan kan een toezichthouder langskomen.</li><li>Vindt hij een illegale lozing, dan volgt eerst een waarschuwing.</li></ul></div>",
      considerations: "<p>Gerichte controles zijn minder belastend dan iedereen controleren.</p><p>Het nadeel is dat adressen in bepaalde gebieden vaker worden gecontroleerd. Daarom wordt elk jaar een deel van de controles willekeurig gekozen.</p>",
      humanIntervention: "<p>Een toezichthouder kiest uit de lijst welke adressen hij bezoekt en beslist zelf of er een overtreding is.</p>",
      riskManagement: "<ol><li>Elk jaar vergelijken we de uitkomsten van gerichte en willekeurige controles.</li><li>De rekenregel gebruikt geen gegevens over personen.</li></ol>",
      lawfulBasis: "<p>Waterschapswet en Omgevingswet: het waterschap houdt toezicht op lozingen in oppervlaktewater.</p>",
      lawfulBasisLinks: [WATERSCHAPSWET, { title: "Keur waterschap Voorbeeldrivieren", url: "Waterschapsblad 2023, nr. 88" }],
      impactAssessments: [{ kind: "dpia", title: "Pre-scan DPIA", url: `${VR_SITE}/documenten/prescan-dpia-lozingen.pdf` }],
      dataUsed: "<p>Soort bedrijf, ligging ten opzichte van water en eerdere meldingen en controles op het adres.</p>",
      technicalOperation: "<p>Een vaste rekenregel telt punten op voor kenmerken van een adres. De adressen met de meeste punten komen bovenaan de lijst. Het algoritme is niet zelflerend.</p>",
      supplier: "Intern ontwikkeld",
      sourceId: "VR-ALG-012",
      lars: "80000017",
      originalPublishedAt: "2024-06-03T10:15:00",
      tags: "lozing, oppervlaktewater, handhaving, toezicht, dwangsom",
      values: [],
    },
  },
];

import pg from 'pg';
import { DataSource } from 'typeorm';
import type { EnvironmentVariables } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';
import { createSearchEngine, validateSearchInput, type SearchEngine, type SearchRequest } from '@app/search';

// A judged relevance set: a fixed fixture of demo-like activities (texts in the style of libs/seed's
// templates) and realistic queries a teacher, decaan or coordinator types, each with the activities judged
// relevant to what the query asks for (not to which words it shares). The integration suite holds recall@10
// and nDCG@10 above the level reached, and `npm run bench:search` prints both.

type Level =
  'PO_MIDDENBOUW' | 'PO_BOVENBOUW' | 'VMBO_BB' | 'VMBO_KB' | 'VMBO_GL' | 'VMBO_TL' | 'HAVO' | 'VWO' | 'MBO';
type Group = 'ALL_PUPILS' | 'GIRLS' | 'DISADVANTAGED_YOUTH' | 'TEACHERS';

const CITIES = {
  amsterdam: { lat: 52.3676, lon: 4.9041, province: 'NOORD_HOLLAND', postcode: '1012AB' },
  rotterdam: { lat: 51.9244, lon: 4.4777, province: 'ZUID_HOLLAND', postcode: '3011AA' },
  'den haag': { lat: 52.0705, lon: 4.3007, province: 'ZUID_HOLLAND', postcode: '2511AA' },
  delft: { lat: 52.0116, lon: 4.3571, province: 'ZUID_HOLLAND', postcode: '2611AA' },
  leiden: { lat: 52.1601, lon: 4.497, province: 'ZUID_HOLLAND', postcode: '2311AA' },
  naaldwijk: { lat: 51.9936, lon: 4.2097, province: 'ZUID_HOLLAND', postcode: '2671AA' },
  utrecht: { lat: 52.0907, lon: 5.1214, province: 'UTRECHT', postcode: '3511AA' },
  eindhoven: { lat: 51.4381, lon: 5.4752, province: 'NOORD_BRABANT', postcode: '5611AB' },
  tilburg: { lat: 51.5555, lon: 5.0913, province: 'NOORD_BRABANT', postcode: '5038AA' },
  "'s-hertogenbosch": { lat: 51.6978, lon: 5.3037, province: 'NOORD_BRABANT', postcode: '5211AA' },
  zwolle: { lat: 52.5168, lon: 6.083, province: 'OVERIJSSEL', postcode: '8011AA' },
  arnhem: { lat: 51.9851, lon: 5.8987, province: 'GELDERLAND', postcode: '6811AA' },
  nijmegen: { lat: 51.8126, lon: 5.8372, province: 'GELDERLAND', postcode: '6511AA' },
  wageningen: { lat: 51.9692, lon: 5.6654, province: 'GELDERLAND', postcode: '6701AA' },
  groningen: { lat: 53.2194, lon: 6.5665, province: 'GRONINGEN', postcode: '9711AA' },
  leeuwarden: { lat: 53.2012, lon: 5.7999, province: 'FRYSLAN', postcode: '8911AA' },
  geleen: { lat: 50.9742, lon: 5.8298, province: 'LIMBURG', postcode: '6161AA' },
} as const;
type City = keyof typeof CITIES;

interface JudgedActivity {
  title: string;
  description: string;
  type: string;
  programme: string;
  themes: string[];
  levels: Level[];
  groups?: Group[];
  city: City;
  company: string;
  delivery?: 'AT_SCHOOL' | 'AT_PROVIDER' | 'ONLINE';
}

const PO: Level[] = ['PO_MIDDENBOUW', 'PO_BOVENBOUW'];
const VMBO: Level[] = ['VMBO_BB', 'VMBO_KB', 'VMBO_GL', 'VMBO_TL'];
const HV: Level[] = ['HAVO', 'VWO'];

export const RELEVANCE_ACTIVITIES: Record<string, JudgedActivity> = {
  robotstofzuigerWebcast: {
    title: 'Live uit het robotlab: webcast over robotstofzuigers',
    description:
      'Hoe vindt een robotstofzuiger zijn weg door het huis? Ingenieurs laten zien hoe sensoren en software samenwerken.',
    type: 'WEBCAST',
    programme: 'JET_NET_JUNIOR',
    themes: ['robotica'],
    levels: ['PO_BOVENBOUW', 'VMBO_BB', 'VMBO_KB'],
    city: 'eindhoven',
    company: 'Huishoudrobots Brabant',
    delivery: 'ONLINE',
  },
  robotarmWorkshop: {
    title: 'Workshop robotarmen programmeren',
    description:
      'Leerlingen programmeren een robotarm die blokjes op kleur sorteert, net als in een fabriek.',
    type: 'WORKSHOP',
    programme: 'TECHNET',
    themes: ['robotica', 'ICT en programmeren'],
    levels: VMBO,
    city: 'utrecht',
    company: 'Robotwerk Utrecht',
  },
  stofzuigerOntwerp: {
    title: 'Ontwerpopdracht: de stofzuiger van de toekomst',
    description: 'Welke motor en welk filter heeft een stofzuiger nodig? Leerlingen ontwerpen er zelf een.',
    type: 'PROJECT',
    programme: 'JET_NET',
    themes: ['design', 'maakindustrie'],
    levels: ['HAVO'],
    city: 'delft',
    company: 'Ontwerpbureau Delta',
  },
  warmtepompGastles: {
    title: 'Gastles: zo werkt een warmtepomp',
    description:
      'Een monteur legt uit hoe een warmtepomp warmte uit de buitenlucht haalt en een huis verwarmt.',
    type: 'GUEST_LESSON',
    programme: 'TECHNET',
    themes: ['energie'],
    levels: ['VMBO_KB', 'VMBO_GL'],
    city: 'zwolle',
    company: 'Installatiebedrijf IJsselwarmte',
  },
  warmtepompFabriek: {
    title: 'Bedrijfsbezoek warmtepompenfabriek',
    description: 'Rondleiding door de fabriek waar warmtepompen voor woningen worden gebouwd en getest.',
    type: 'COMPANY_VISIT',
    programme: 'JET_NET',
    themes: ['energie', 'maakindustrie'],
    levels: ['HAVO'],
    city: 'arnhem',
    company: 'Warmtetechniek Gelderland',
  },
  energieopslagGastles: {
    title: 'Gastles energieopslag door een netbeheerder',
    description:
      'Hoe slaan we stroom van zon en wind op? Een netbeheerder vertelt over batterijen en het stroomnet.',
    type: 'GUEST_LESSON',
    programme: 'JET_NET',
    themes: ['energie'],
    levels: HV,
    city: 'arnhem',
    company: 'Netwerkbedrijf Oost',
  },
  batterijWorkshop: {
    title: 'Workshop batterijen testen',
    description: 'Leerlingen meten hoeveel energie een batterij kan opslaan en hoe snel hij leeg raakt.',
    type: 'WORKSHOP',
    programme: 'TECHNET',
    themes: ['energie'],
    levels: VMBO,
    city: "'s-hertogenbosch",
    company: 'Accutechniek Den Bosch',
  },
  zonnepanelenProject: {
    title: 'Praktijkopdracht zonnepanelen op het schooldak',
    description: 'Ontwerp samen met een installateur een dak vol zonnepanelen en reken de opbrengst uit.',
    type: 'PROJECT',
    programme: 'JET_NET',
    themes: ['energie', 'klimaat en duurzaamheid'],
    levels: HV,
    city: 'utrecht',
    company: 'Zonnekracht Utrecht',
  },
  windmolenBezoek: {
    title: 'Op bezoek bij de windmolenfabriek',
    description: 'Zie hoe de wieken van windmolens worden gemaakt en getest.',
    type: 'COMPANY_VISIT',
    programme: 'TECHNET',
    themes: ['energie', 'maakindustrie'],
    levels: VMBO,
    city: 'groningen',
    company: 'Windwerk Noord',
  },
  printenWorkshop: {
    title: 'Workshop 3D-printen',
    description: 'Leerlingen ontwerpen een sleutelhanger en printen die op een 3D-printer.',
    type: 'WORKSHOP',
    programme: 'JET_NET_JUNIOR',
    themes: ['maakindustrie', 'design'],
    levels: ['PO_BOVENBOUW', 'VMBO_BB', 'VMBO_KB'],
    city: 'eindhoven',
    company: 'Maaklab Eindhoven',
  },
  geprinteHuizen: {
    title: 'Webcast: 3D-printen van huizen',
    description: 'Een bouwbedrijf print een complete woning van beton. Hoe werkt dat?',
    type: 'WEBCAST',
    programme: 'JET_NET',
    themes: ['bouw en infra'],
    levels: HV,
    city: 'eindhoven',
    company: 'Betonprint Brabant',
    delivery: 'ONLINE',
  },
  lasersnijden: {
    title: 'Maaklab: lasersnijden en frezen',
    description: 'In het maaklab maken leerlingen een onderdeel met de lasersnijder en de freesmachine.',
    type: 'WORKSHOP',
    programme: 'TECHNET',
    themes: ['maakindustrie'],
    levels: VMBO,
    city: 'tilburg',
    company: 'Metaalbewerking Tilburg',
  },
  waterzuivering: {
    title: 'Bliksemstage bij de waterzuiveringsinstallatie',
    description: 'Een middag meelopen met technici die afvalwater schoonmaken.',
    type: 'BLIKSEMSTAGE',
    programme: 'JINC',
    themes: ['water'],
    levels: ['VMBO_BB', 'VMBO_KB'],
    groups: ['DISADVANTAGED_YOUTH'],
    city: 'rotterdam',
    company: 'Waterschap Maasmond',
    delivery: 'AT_PROVIDER',
  },
  drinkwater: {
    title: 'Gastles drinkwater: van bron tot kraan',
    description: 'Waar komt ons drinkwater vandaan en hoe blijft het schoon?',
    type: 'GUEST_LESSON',
    programme: 'WETENSCHAPSKNOOPPUNT',
    themes: ['water'],
    levels: PO,
    city: 'leeuwarden',
    company: 'Waterbedrijf Fryslân',
  },
  dijken: {
    title: 'Webcast: hoe werken dijken?',
    description: 'Online les over dijkbewaking, sluizen en de stijgende zeespiegel.',
    type: 'WEBCAST',
    programme: 'WETENSCHAPSKNOOPPUNT',
    themes: ['water', 'klimaat en duurzaamheid'],
    levels: PO,
    city: 'groningen',
    company: 'Noordelijke Waterwerken',
    delivery: 'ONLINE',
  },
  pythonGastles: {
    title: 'Gastles programmeren met Python',
    description: 'Een softwareontwikkelaar leert leerlingen hun eerste programma schrijven.',
    type: 'GUEST_LESSON',
    programme: 'JET_NET',
    themes: ['ICT en programmeren'],
    levels: HV,
    city: 'amsterdam',
    company: 'Codefabriek Amsterdam',
  },
  appBouwen: {
    title: 'Bouw je eigen app',
    description: 'In drie lessen ontwerpen en coderen leerlingen een app voor hun eigen school.',
    type: 'PROJECT',
    programme: 'INDEPENDENT',
    themes: ['ICT en programmeren', 'design'],
    levels: ['VMBO_TL', 'HAVO'],
    city: 'rotterdam',
    company: 'Appstudio Rotterdam',
  },
  aiWebcast: {
    title: 'Webcast kunstmatige intelligentie',
    description: 'Wat kan AI wel en niet? Een data-analist laat zien hoe computers leren van voorbeelden.',
    type: 'WEBCAST',
    programme: 'JET_NET',
    themes: ['ICT en programmeren'],
    levels: HV,
    city: 'amsterdam',
    company: 'Datalab Amsterdam',
    delivery: 'ONLINE',
  },
  hackathon: {
    title: 'Hackathon cybersecurity',
    description: 'Teams zoeken in één dag naar de lekken in een nepwebsite van een webwinkel.',
    type: 'COMPETITION',
    programme: 'JET_NET',
    themes: ['ICT en programmeren'],
    levels: ['VWO'],
    city: 'den haag',
    company: 'Veilig Digitaal Den Haag',
  },
  speeddateIct: {
    title: 'Speeddate met vrouwelijke programmeurs',
    description:
      'Meisjes ontmoeten softwareontwikkelaars en data-analisten en vragen hen alles over hun werk.',
    type: 'SPEED_DATE',
    programme: 'VHTO',
    themes: ['ICT en programmeren'],
    levels: HV,
    groups: ['GIRLS'],
    city: 'amsterdam',
    company: 'Codefabriek Amsterdam',
  },
  meidenspeeddate: {
    title: 'Meidenspeeddate bij een ingenieursbureau',
    description:
      'Meiden spreken vrouwelijke ingenieurs over hun werk in de techniek: bruggen, tunnels en wegen.',
    type: 'SPEED_DATE',
    programme: 'VHTO',
    themes: ['bouw en infra'],
    levels: ['VMBO_TL', 'HAVO'],
    groups: ['GIRLS'],
    city: 'utrecht',
    company: 'Ingenieursbureau Domstad',
  },
  bijbaanTraining: {
    title: 'Sollicitatietraining: je eerste bijbaan',
    description: 'Oefen een sollicitatiegesprek met medewerkers van een technisch bedrijf.',
    type: 'APPLICATION_TRAINING',
    programme: 'JINC',
    themes: ['maakindustrie'],
    levels: ['VMBO_BB', 'VMBO_KB'],
    groups: ['DISADVANTAGED_YOUTH'],
    city: 'rotterdam',
    company: 'Havenbedrijf Techniek',
  },
  cvTraining: {
    title: 'Oefenen met sollicitatiegesprekken',
    description: 'Schrijf je cv en sollicitatiebrief met hulp van HR-medewerkers van een installatiebedrijf.',
    type: 'APPLICATION_TRAINING',
    programme: 'JINC',
    themes: ['bouw en infra'],
    levels: VMBO,
    groups: ['DISADVANTAGED_YOUTH'],
    city: 'amsterdam',
    company: 'Installatiegroep Amstel',
  },
  docentstageNet: {
    title: 'Docentstage bij een netbeheerder',
    description: 'Docenten lopen een week mee met monteurs en planners van het stroomnet.',
    type: 'TEACHER_INTERNSHIP',
    programme: 'STEM_TEACHER_ACADEMY',
    themes: ['energie'],
    levels: HV,
    groups: ['TEACHERS'],
    city: 'arnhem',
    company: 'Netwerkbedrijf Oost',
    delivery: 'AT_PROVIDER',
  },
  docentstageChemie: {
    title: 'Docentstage in het chemielab',
    description: 'Een week meewerken in het laboratorium van een chemiebedrijf.',
    type: 'TEACHER_INTERNSHIP',
    programme: 'STEM_TEACHER_ACADEMY',
    themes: ['chemie'],
    levels: HV,
    groups: ['TEACHERS'],
    city: 'geleen',
    company: 'Limburgse Chemie Groep',
    delivery: 'AT_PROVIDER',
  },
  plasticFabriek: {
    title: 'Bedrijfsbezoek: van grondstof tot plastic',
    description: 'Leerlingen zien hoe een chemische fabriek plastic korrels maakt en recyclet.',
    type: 'COMPANY_VISIT',
    programme: 'JET_NET',
    themes: ['chemie'],
    levels: ['HAVO'],
    city: 'geleen',
    company: 'Limburgse Chemie Groep',
    delivery: 'AT_PROVIDER',
  },
  vliegtuigonderhoud: {
    title: 'Kijkje achter de schermen bij het vliegtuigonderhoud',
    description: 'Monteurs laten zien hoe een vliegtuigmotor wordt gecontroleerd.',
    type: 'COMPANY_VISIT',
    programme: 'TECHNET',
    themes: ['lucht- en ruimtevaart'],
    levels: ['VMBO_KB', 'VMBO_GL', 'MBO'],
    city: 'amsterdam',
    company: 'Luchtvaarttechniek Schiphol',
    delivery: 'AT_PROVIDER',
  },
  dronesLandbouw: {
    title: 'Gastles drones in de landbouw',
    description: 'Hoe helpen drones boeren om hun gewassen te controleren?',
    type: 'GUEST_LESSON',
    programme: 'TECHNET',
    themes: ['voeding en agri', 'lucht- en ruimtevaart'],
    levels: ['PO_BOVENBOUW'],
    city: 'zwolle',
    company: 'Vliegwerk Oost',
  },
  waterraket: {
    title: 'Wedstrijd: wie bouwt de hoogste waterraket?',
    description: 'Teams bouwen een raket van een petfles en lanceren die op het schoolplein.',
    type: 'COMPETITION',
    programme: 'WETENSCHAPSKNOOPPUNT',
    themes: ['lucht- en ruimtevaart'],
    levels: PO,
    city: 'leiden',
    company: 'Ruimtevaartmuseum Leiden',
  },
  elektrischeAutos: {
    title: "Gastles elektrische auto's",
    description: 'Een monteur vertelt hoe de accu van een elektrische auto wordt geladen.',
    type: 'GUEST_LESSON',
    programme: 'TECHNET',
    themes: ['mobiliteit', 'energie'],
    levels: VMBO,
    city: 'eindhoven',
    company: 'Autobedrijf Kempen',
  },
  autogarage: {
    title: 'Bliksemstage in de autogarage',
    description: "Meelopen met automonteurs die auto's onderhouden en repareren.",
    type: 'BLIKSEMSTAGE',
    programme: 'JINC',
    themes: ['mobiliteit'],
    levels: ['VMBO_BB', 'VMBO_KB'],
    groups: ['DISADVANTAGED_YOUTH'],
    city: 'tilburg',
    company: 'Garage Tilburg Noord',
    delivery: 'AT_PROVIDER',
  },
  fietsOntwerp: {
    title: 'Ontwerpopdracht: de fiets van de toekomst',
    description: 'Leerlingen ontwerpen met een designbureau een lichte fiets voor de stad.',
    type: 'PROJECT',
    programme: 'JET_NET',
    themes: ['design', 'mobiliteit'],
    levels: ['HAVO'],
    city: 'amsterdam',
    company: 'Designbureau Fietsstad',
  },
  voedingslab: {
    title: 'Workshop voedingsmiddelen onderzoeken',
    description: 'Meet suiker en vet in je eigen lunch in het voedingslab.',
    type: 'WORKSHOP',
    programme: 'TECHNET',
    themes: ['voeding en agri', 'gezondheid en zorg'],
    levels: VMBO,
    city: 'wageningen',
    company: 'Voedingslab Wageningen',
  },
  tomatenkas: {
    title: 'Bedrijfsbezoek tomatenkas',
    description: 'Zie hoe tomaten groeien onder ledlampen in een hightech kas.',
    type: 'COMPANY_VISIT',
    programme: 'JET_NET',
    themes: ['voeding en agri'],
    levels: ['HAVO'],
    city: 'naaldwijk',
    company: 'Kwekerij Westland',
    delivery: 'AT_PROVIDER',
  },
  zorgrobots: {
    title: 'Gastles zorgrobots in het ziekenhuis',
    description: 'Een verpleegkundige en een technicus laten zien hoe robots helpen in de zorg.',
    type: 'GUEST_LESSON',
    programme: 'JET_NET',
    themes: ['gezondheid en zorg', 'robotica'],
    levels: ['HAVO', 'MBO'],
    city: 'groningen',
    company: 'Medische Techniek Groningen',
  },
  handprothese: {
    title: 'Project: ontwerp een handprothese',
    description: 'Met een 3D-printer maken leerlingen een werkende handprothese voor een kind.',
    type: 'PROJECT',
    programme: 'JET_NET',
    themes: ['gezondheid en zorg', 'maakindustrie'],
    levels: ['VWO'],
    city: 'delft',
    company: 'Prothesewerk Delft',
  },
  bruggenBouwen: {
    title: 'Wedstrijd bruggen bouwen',
    description: 'Wie bouwt de sterkste brug van spaghetti en lijm?',
    type: 'COMPETITION',
    programme: 'TECHNET',
    themes: ['bouw en infra'],
    levels: ['VMBO_GL', 'VMBO_TL', 'HAVO'],
    city: 'nijmegen',
    company: 'Bouwbedrijf Waalkade',
  },
  klimaatGastles: {
    title: 'Gastles klimaatverandering en CO2-uitstoot',
    description: 'Een klimaatwetenschapper vertelt hoe we de uitstoot van broeikasgassen meten.',
    type: 'GUEST_LESSON',
    programme: 'JET_NET',
    themes: ['klimaat en duurzaamheid'],
    levels: HV,
    city: 'utrecht',
    company: 'Klimaatinstituut Utrecht',
  },
  legoLeague: {
    title: 'FIRST LEGO League: robotwedstrijd',
    description: 'Teams bouwen en programmeren een LEGO-robot die opdrachten uitvoert op een speelveld.',
    type: 'COMPETITION',
    programme: 'INDEPENDENT',
    themes: ['robotica'],
    levels: ['PO_BOVENBOUW'],
    city: 'eindhoven',
    company: 'Stichting Robotwedstrijden',
  },
  waterstofbussen: {
    title: 'Bedrijfsbezoek waterstofbussen',
    description: 'Bekijk hoe bussen op waterstof rijden en hoe ze worden getankt.',
    type: 'COMPANY_VISIT',
    programme: 'TECHNET',
    themes: ['energie', 'mobiliteit'],
    levels: VMBO,
    city: 'groningen',
    company: 'Busbedrijf Groningen',
    delivery: 'AT_PROVIDER',
  },
  haven: {
    title: 'Excursie haven van Rotterdam',
    description: 'Een rondvaart langs containerterminals en de nieuwste kranen.',
    type: 'COMPANY_VISIT',
    programme: 'TECHNET',
    themes: ['mobiliteit', 'maakindustrie'],
    levels: VMBO,
    city: 'rotterdam',
    company: 'Havenbedrijf Techniek',
    delivery: 'AT_PROVIDER',
  },
  stroomkring: {
    title: 'Techniekworkshop: zelf een stroomkring maken',
    description: 'Leerlingen van groep 5 tot 8 maken een stroomkring met een lampje en een batterij.',
    type: 'WORKSHOP',
    programme: 'JET_NET_JUNIOR',
    themes: ['energie'],
    levels: PO,
    city: "'s-hertogenbosch",
    company: 'Accutechniek Den Bosch',
  },
};

/** A query with the activities judged relevant to it, the most relevant first (graded: earlier is better). */
export interface JudgedQuery {
  query: string;
  kind: 'compound' | 'apart' | 'typo' | 'inflection' | 'synonym' | 'prefix' | 'place' | 'level' | 'plain';
  relevant: string[];
}

export const RELEVANCE_QUERIES: JudgedQuery[] = [
  // Compounds: a part, written together, a longer compound.
  { query: 'stofzuigers', kind: 'compound', relevant: ['robotstofzuigerWebcast', 'stofzuigerOntwerp'] },
  { query: 'stofzuiger webcast', kind: 'compound', relevant: ['robotstofzuigerWebcast'] },
  { query: 'robotstofzuiger', kind: 'compound', relevant: ['robotstofzuigerWebcast'] },
  { query: 'netbeheer gastles', kind: 'compound', relevant: ['energieopslagGastles'] },
  { query: 'netbeheerder', kind: 'compound', relevant: ['energieopslagGastles', 'docentstageNet'] },
  { query: 'warmtepomp', kind: 'compound', relevant: ['warmtepompGastles', 'warmtepompFabriek'] },
  { query: 'warmtepompen', kind: 'compound', relevant: ['warmtepompFabriek', 'warmtepompGastles'] },
  { query: 'energieopslag', kind: 'compound', relevant: ['energieopslagGastles', 'batterijWorkshop'] },
  { query: 'zonnepaneel', kind: 'compound', relevant: ['zonnepanelenProject'] },
  { query: 'windmolens', kind: 'compound', relevant: ['windmolenBezoek'] },
  { query: 'waterzuivering', kind: 'compound', relevant: ['waterzuivering'] },
  { query: 'robotarm', kind: 'compound', relevant: ['robotarmWorkshop'] },
  { query: 'vliegtuigmotor', kind: 'compound', relevant: ['vliegtuigonderhoud'] },
  { query: 'zorgrobot', kind: 'compound', relevant: ['zorgrobots'] },
  { query: 'voedingslab', kind: 'compound', relevant: ['voedingslab'] },
  { query: 'pomp', kind: 'compound', relevant: ['warmtepompGastles', 'warmtepompFabriek'] },
  { query: 'prothese', kind: 'compound', relevant: ['handprothese'] },
  { query: 'raket', kind: 'compound', relevant: ['waterraket'] },
  { query: 'bussen waterstof', kind: 'compound', relevant: ['waterstofbussen'] },
  // Written apart, with a hyphen, or together where the text has them apart.
  { query: 'warmte pomp', kind: 'apart', relevant: ['warmtepompGastles', 'warmtepompFabriek'] },
  { query: 'warmte-pomp', kind: 'apart', relevant: ['warmtepompGastles', 'warmtepompFabriek'] },
  { query: 'energie opslag', kind: 'apart', relevant: ['energieopslagGastles', 'batterijWorkshop'] },
  { query: '3dprinten', kind: 'apart', relevant: ['printenWorkshop', 'geprinteHuizen'] },
  { query: '3d printen', kind: 'apart', relevant: ['printenWorkshop', 'geprinteHuizen'] },
  { query: '3d printer', kind: 'apart', relevant: ['printenWorkshop', 'handprothese'] },
  { query: 'robot stofzuiger', kind: 'apart', relevant: ['robotstofzuigerWebcast'] },
  { query: 'wind molen', kind: 'apart', relevant: ['windmolenBezoek'] },
  { query: 'zonne panelen', kind: 'apart', relevant: ['zonnepanelenProject'] },
  { query: 'net beheerder', kind: 'apart', relevant: ['energieopslagGastles', 'docentstageNet'] },
  { query: "auto's", kind: 'apart', relevant: ['elektrischeAutos', 'autogarage'] },
  { query: "elektrische auto's", kind: 'apart', relevant: ['elektrischeAutos'] },
  { query: 'lego robot', kind: 'apart', relevant: ['legoLeague'] },
  // Typos.
  { query: 'warmtepmop', kind: 'typo', relevant: ['warmtepompGastles', 'warmtepompFabriek'] },
  {
    query: 'progammeren',
    kind: 'typo',
    relevant: ['pythonGastles', 'robotarmWorkshop', 'legoLeague', 'speeddateIct'],
  },
  { query: 'drinkwatter', kind: 'typo', relevant: ['drinkwater'] },
  { query: 'batterijn', kind: 'typo', relevant: ['batterijWorkshop', 'stroomkring', 'energieopslagGastles'] },
  { query: 'kunstmatige inteligentie', kind: 'typo', relevant: ['aiWebcast'] },
  { query: 'hackaton', kind: 'typo', relevant: ['hackathon'] },
  { query: 'sollicitatietrainig', kind: 'typo', relevant: ['bijbaanTraining', 'cvTraining'] },
  { query: 'windmoolen', kind: 'typo', relevant: ['windmolenBezoek'] },
  { query: 'klimaatverandring', kind: 'typo', relevant: ['klimaatGastles'] },
  // Inflection.
  {
    query: 'robots',
    kind: 'inflection',
    relevant: ['zorgrobots', 'robotarmWorkshop', 'legoLeague', 'robotstofzuigerWebcast'],
  },
  { query: 'drone', kind: 'inflection', relevant: ['dronesLandbouw'] },
  { query: 'dijk', kind: 'inflection', relevant: ['dijken'] },
  { query: 'brug bouwen', kind: 'inflection', relevant: ['bruggenBouwen'] },
  { query: 'tomaten', kind: 'inflection', relevant: ['tomatenkas'] },
  {
    query: 'monteurs',
    kind: 'inflection',
    relevant: ['warmtepompGastles', 'vliegtuigonderhoud', 'elektrischeAutos', 'docentstageNet', 'autogarage'],
  },
  {
    query: 'batterij',
    kind: 'inflection',
    relevant: ['batterijWorkshop', 'stroomkring', 'energieopslagGastles'],
  },
  { query: 'sluis', kind: 'inflection', relevant: ['dijken'] },
  { query: 'kraan', kind: 'inflection', relevant: ['drinkwater', 'haven'] },
  // Synonyms.
  {
    query: 'gastcollege energie',
    kind: 'synonym',
    relevant: ['energieopslagGastles', 'warmtepompGastles', 'elektrischeAutos'],
  },
  { query: 'excursie chemie', kind: 'synonym', relevant: ['plasticFabriek'] },
  {
    query: 'informatica',
    kind: 'synonym',
    relevant: ['pythonGastles', 'appBouwen', 'aiWebcast', 'hackathon', 'speeddateIct', 'robotarmWorkshop'],
  },
  { query: 'meiden techniek', kind: 'synonym', relevant: ['meidenspeeddate', 'speeddateIct'] },
  {
    query: 'livestream',
    kind: 'synonym',
    relevant: ['robotstofzuigerWebcast', 'geprinteHuizen', 'dijken', 'aiWebcast'],
  },
  { query: 'ai', kind: 'synonym', relevant: ['aiWebcast'] },
  { query: 'lerarenstage', kind: 'synonym', relevant: ['docentstageNet', 'docentstageChemie'] },
  {
    query: 'competitie',
    kind: 'synonym',
    relevant: ['hackathon', 'waterraket', 'bruggenBouwen', 'legoLeague'],
  },
  {
    query: 'coderen',
    kind: 'synonym',
    relevant: ['appBouwen', 'pythonGastles', 'hackathon', 'speeddateIct', 'aiWebcast', 'robotarmWorkshop'],
  },
  // Search as you type.
  { query: 'warmtep', kind: 'prefix', relevant: ['warmtepompGastles', 'warmtepompFabriek'] },
  {
    query: 'robo',
    kind: 'prefix',
    relevant: ['robotstofzuigerWebcast', 'robotarmWorkshop', 'zorgrobots', 'legoLeague'],
  },
  { query: 'sollic', kind: 'prefix', relevant: ['bijbaanTraining', 'cvTraining'] },
  { query: 'gastles drink', kind: 'prefix', relevant: ['drinkwater'] },
  { query: 'bliksem', kind: 'prefix', relevant: ['waterzuivering', 'autogarage'] },
  { query: 'docentst', kind: 'prefix', relevant: ['docentstageNet', 'docentstageChemie'] },
  { query: 'vliegt', kind: 'prefix', relevant: ['vliegtuigonderhoud'] },
  { query: 'speedd', kind: 'prefix', relevant: ['speeddateIct', 'meidenspeeddate'] },
  // With a place.
  { query: 'bedrijfsbezoek groningen', kind: 'place', relevant: ['windmolenBezoek', 'waterstofbussen'] },
  { query: 'gastles utrecht', kind: 'place', relevant: ['klimaatGastles'] },
  { query: 'workshop eindhoven', kind: 'place', relevant: ['printenWorkshop'] },
  {
    query: 'energie arnhem',
    kind: 'place',
    relevant: ['energieopslagGastles', 'warmtepompFabriek', 'docentstageNet'],
  },
  { query: 'bliksemstage rotterdam', kind: 'place', relevant: ['waterzuivering'] },
  { query: 'chemie limburg', kind: 'place', relevant: ['plasticFabriek', 'docentstageChemie'] },
  { query: 'robotica brabant', kind: 'place', relevant: ['robotstofzuigerWebcast', 'legoLeague'] },
  { query: 'sollicitatietraining amsterdam', kind: 'place', relevant: ['cvTraining'] },
  // With a level.
  { query: 'robotica vmbo', kind: 'level', relevant: ['robotarmWorkshop', 'robotstofzuigerWebcast'] },
  { query: 'energie basisschool', kind: 'level', relevant: ['stroomkring'] },
  { query: 'programmeren havo', kind: 'level', relevant: ['pythonGastles', 'appBouwen', 'speeddateIct'] },
  { query: 'gastles vwo klimaat', kind: 'level', relevant: ['klimaatGastles'] },
  { query: 'water basisschool', kind: 'level', relevant: ['drinkwater', 'dijken'] },
  { query: 'mbo vliegtuig', kind: 'level', relevant: ['vliegtuigonderhoud'] },
  { query: '3d printen vmbo', kind: 'level', relevant: ['printenWorkshop'] },
  // Plain.
  { query: 'waterstof', kind: 'plain', relevant: ['waterstofbussen'] },
  { query: 'cybersecurity', kind: 'plain', relevant: ['hackathon'] },
  { query: 'landbouw', kind: 'plain', relevant: ['dronesLandbouw', 'tomatenkas'] },
];

export interface RelevanceFixture {
  keyOf: Map<string, string>;
}

/** Writes the fixture's companies, locations and published activities (plain SQL: no test factories needed). */
export async function writeRelevanceFixture(ds: DataSource): Promise<RelevanceFixture> {
  const companies = new Map<string, string>();
  const locations = new Map<string, string>();
  const keyOf = new Map<string, string>();
  let day = 0;
  for (const [key, activity] of Object.entries(RELEVANCE_ACTIVITIES)) {
    let companyId = companies.get(activity.company);
    if (!companyId) {
      [{ id: companyId }] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO companies (name, approved, approved_at) VALUES ($1, true, now()) RETURNING id`,
        [activity.company],
      );
      companies.set(activity.company, companyId);
    }
    const place = `${activity.company}|${activity.city}`;
    let locationId = locations.get(place);
    if (!locationId) {
      const city = CITIES[activity.city];
      const name = activity.city === "'s-hertogenbosch" ? "'s-Hertogenbosch" : capitalise(activity.city);
      [{ id: locationId }] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO company_locations (company_id, name, postcode, city, municipality, province, lat, lon)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7) RETURNING id`,
        [companyId, `${activity.company} ${name}`, city.postcode, name, city.province, city.lat, city.lon],
      );
      locations.set(place, locationId);
    }
    day += 1;
    // The id is made from the key, not drawn at random: equal scores are ordered by id, so random ids gave every
    // run its own order of ties, and nDCG@10 moved between 0.934 and 0.941 on the same code.
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `INSERT INTO activities (id, location_id, title, description, type, programme, levels, target_groups, themes,
                               delivery, provinces, max_travel_km, duration_minutes, max_participants, cost_euros,
                               status, published_at)
       VALUES (md5('relevance:' || $12)::uuid, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 40, 90, 30, 0, 'PUBLISHED',
               $11) RETURNING id`,
      [
        locationId,
        activity.title,
        activity.description,
        activity.type,
        activity.programme,
        activity.levels,
        activity.groups ?? ['ALL_PUPILS'],
        activity.themes,
        activity.delivery ?? 'AT_SCHOOL',
        [CITIES[activity.city].province],
        new Date(Date.UTC(2026, 0, day)),
        key,
      ],
    );
    keyOf.set(id, key);
  }
  return { keyOf };
}

function capitalise(text: string): string {
  return text.replace(/(^|\s)\p{L}/gu, (char) => char.toUpperCase());
}

export interface RelevanceScore {
  /** Mean over the queries of the share of relevant activities among the first ten hits. */
  recallAt10: number;
  /** Mean nDCG@10, graded: the first judged activity gains most. */
  ndcgAt10: number;
  perQuery: Array<{ query: string; recall: number; ndcg: number; top: string[] }>;
}

// Graded gains: the judged order says which activity answers the query best.
function gain(rank: number, count: number): number {
  return count - rank;
}

/** Runs every judged query against an engine over the fixture and scores the first ten hits. */
export async function scoreRelevance(
  engine: SearchEngine,
  fixture: RelevanceFixture,
  request: (query: string) => SearchRequest,
): Promise<RelevanceScore> {
  const perQuery: RelevanceScore['perQuery'] = [];
  for (const judged of RELEVANCE_QUERIES) {
    const result = await engine.search(request(judged.query));
    const top = result.hits.slice(0, 10).map((hit) => fixture.keyOf.get(hit.activityId) ?? hit.activityId);
    const relevant = judged.relevant;
    const found = top.filter((key) => relevant.includes(key)).length;
    const recall = found / Math.min(relevant.length, 10);
    let dcg = 0;
    top.forEach((key, i) => {
      const rank = relevant.indexOf(key);
      if (rank >= 0) dcg += gain(rank, relevant.length) / Math.log2(i + 2);
    });
    let ideal = 0;
    relevant.slice(0, 10).forEach((_, i) => {
      ideal += gain(i, relevant.length) / Math.log2(i + 2);
    });
    perQuery.push({ query: judged.query, recall, ndcg: ideal > 0 ? dcg / ideal : 0, top });
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  return {
    recallAt10: mean(perQuery.map((q) => q.recall)),
    ndcgAt10: mean(perQuery.map((q) => q.ndcg)),
    perQuery,
  };
}

/**
 * The judged set scored by the configured engine, in a database of its own on the same server (created, migrated,
 * filled with the fixture and dropped again): what `npm run bench:search` prints.
 */
export async function benchRelevance(
  env: Pick<
    EnvironmentVariables,
    'DATABASE_URL' | 'SEARCH_ENGINE' | 'MEILI_URL' | 'MEILI_API_KEY' | 'MEILI_INDEX'
  >,
): Promise<RelevanceScore> {
  const server = new URL(env.DATABASE_URL);
  const name = `bench_relevance_${process.pid}`;
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    server.pathname = `/${name}`;
    await runMigrations(server.toString());
    const ds = new DataSource(dataSourceOptions(server.toString(), { extra: { max: 4 } }));
    await ds.initialize();
    const engine = createSearchEngine(
      { ...env, MEILI_INDEX: `${env.MEILI_INDEX ?? 'activities'}_relevance_${process.pid}` },
      ds,
      { waitForTasks: true },
    );
    try {
      const fixture = await writeRelevanceFixture(ds);
      await engine.setup();
      await engine.reindex();
      return await scoreRelevance(engine, fixture, (query) => ({
        ...validateSearchInput({ query }),
        pageSize: 10,
        facets: false,
      }));
    } finally {
      await engine.close();
      await ds.destroy();
    }
  } finally {
    // Without FORCE first: the connections the DataSource just ended may still be leaving, and PostgreSQL waits
    // for them (up to 5 s). FORCE cut them off, and their pool logged the cut as an error.
    await admin
      .query(`DROP DATABASE IF EXISTS "${name}"`)
      .catch(() => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
      .catch(() => undefined);
    await admin.end();
  }
}

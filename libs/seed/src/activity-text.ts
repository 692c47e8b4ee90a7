import {
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  TargetGroup,
  VMBO_LEVELS,
  type Theme,
} from '@app/core';
import type { Rng } from '@app/core';
import { THEME_VOCAB } from './theme-vocab';

/** What the text of one activity is about; the generator decides it, the templates put it into words. */
export interface ActivityTextContext {
  type: ActivityType;
  programme: Programme;
  theme: Theme;
  levels: EducationLevel[];
  targetGroups: TargetGroup[];
  delivery: Delivery;
  maxTravelKm: number | null;
  durationMinutes: number | null;
  maxParticipants: number | null;
  costEuros: number;
  company: string;
  city: string;
}

// Title templates per type. Slots: {topic} {object} {object2} {objects} {place} {profession} {professions}
// {verb} {company} {city}; a capital first letter ({Topic}) capitalises the filled word.
const TITLES: Record<ActivityType, string[]> = {
  [ActivityType.GUEST_LESSON]: [
    'Gastles {topic}',
    'Gastles {topic} in de klas',
    'Gastles: zo werkt een {object}',
    '{Profession} in de klas: {topic}',
    'Wat doet een {profession}? Gastles over {topic}',
    'Alles over {objects}: gastles',
    'Gastles {topic} door een {profession}',
    'Van {object} tot {object2}: gastles {topic}',
    'Gastlessenreeks {topic}',
    'Een {profession} vertelt over {topic}',
    'Hoe werkt een {object}? Een gastles over {topic}',
  ],
  [ActivityType.COMPANY_VISIT]: [
    'Bedrijfsbezoek: van {object} tot {object2}',
    'Kijkje achter de schermen bij {place}',
    'Rondleiding door {place}',
    'Bedrijfsbezoek {place} in {city}',
    'Op bezoek bij {place}',
    'Excursie: {topic} in de praktijk',
    'Bedrijfsbezoek {company}',
    'Een ochtend bij {place}: zo maken wij {objects}',
    'Bedrijfsbezoek {topic}: meekijken met {professions}',
  ],
  [ActivityType.SPEED_DATE]: [
    'Speeddate met vrouwelijke {professions}',
    'Speeddaten met vrouwen in de techniek: {topic}',
    'Meiden ontmoeten {professions}',
    'Speeddate: vrouwen werken aan {topic}',
    'Speeddate bèta: ontmoet vrouwelijke rolmodellen',
    'Rolmodellen in de techniek: speeddate {topic}',
    'Meidenspeeddate bij {company}',
  ],
  [ActivityType.BLIKSEMSTAGE]: [
    'Bliksemstage bij {place}',
    'Bliksemstage: een middag {profession}',
    'Bliksemstage {company}',
    'Bliksemstage in {city}: {topic}',
    'Snuffelen bij {place}: bliksemstage',
    'Bliksemstage: meelopen met {professions}',
  ],
  [ActivityType.APPLICATION_TRAINING]: [
    'Sollicitatietraining: solliciteren bij een technisch bedrijf',
    'Sollicitatietraining met {professions}',
    'Oefenen met sollicitatiegesprekken',
    'Solliciteren? Zo doe je dat! Training door {company}',
    'Sollicitatietraining: je eerste bijbaan',
    'Je cv en sollicitatiebrief: training door {professions}',
    'Sollicitatietraining in {city}',
    'Sollicitatiegesprek oefenen bij {place}',
  ],
  [ActivityType.TEACHER_INTERNSHIP]: [
    'Docentstage {topic}',
    'Docentstage bij {place}',
    'Docentstage: meelopen met {professions}',
    'Bèta-docent op stage: {topic}',
    'Docentstage {company}',
    'Praktijkstage voor docenten: {topic} in de klas brengen',
  ],
  [ActivityType.WORKSHOP]: [
    'Workshop {objects} {verb}',
    'Workshop {topic}',
    'Bouw je eigen {object}',
    'Zelf een {object} {verb}',
    'Maak je eigen {object}: workshop {topic}',
    'Techniekworkshop: {objects} {verb}',
    'Workshop {topic} in het maaklab',
    'Doe-workshop: {topic} voor beginners',
  ],
  [ActivityType.PROJECT]: [
    'Project: ontwerp een {object}',
    'Praktijkopdracht {topic}',
    'Challenge: {topic}',
    'Ontwerpopdracht: de {object} van de toekomst',
    'Opdracht van {company}: {topic}',
    'Projectweken {topic}',
    'Praktijkproject: {objects} {verb} met {professions}',
  ],
  [ActivityType.COMPETITION]: [
    'Wedstrijd: wie maakt de beste {object}?',
    'Wedstrijd {objects} {verb}',
    'Challenge {topic}: op zoek naar de slimste {object}',
    'Hackathon {topic}',
    'Techniektoernooi: {topic}',
    'Bèta-olympiade: {topic}',
    'Scholencompetitie {topic}',
  ],
  [ActivityType.WEBCAST]: [
    'Webcast: {topic}',
    'Online gastles {topic}',
    'Livestream vanuit {place}',
    'Webinar: een {profession} over {topic}',
    'Live uit {place}: webcast over {objects}',
    'Webcast {topic} voor de hele klas',
  ],
};

// Extra titles that belong to a programme or target group; added to the type's own list.
const CAREER_DAY_TITLES = [
  'Bèta-loopbaandag: werken aan {topic}',
  'Beroependag techniek: {professions} aan het woord',
  'LOB-dag: ontdek {topic}',
  'Profielkeuzedag: kies je voor {topic}?',
];
const TEACHER_TITLES = [
  'Nascholing {topic} voor leerkrachten',
  'Cursusdag W&T: {topic} in de klas',
  'Lesmateriaal maken over {topic}',
  'Teamtraining onderzoekend leren: {topic}',
];
const PRIMARY_TITLES = [
  'Techniekles: {objects} ontdekken',
  'Onderzoekend leren: {topic}',
  'Proefjesles: hoe werkt een {object}?',
];
const TITLE_EXTRAS: Partial<Record<Programme, Partial<Record<ActivityType, string[]>>>> = {
  [Programme.JET_NET]: {
    [ActivityType.WORKSHOP]: CAREER_DAY_TITLES,
    [ActivityType.PROJECT]: ['Profielwerkstuk {topic}', 'Begeleiding profielwerkstuk: {topic}'],
  },
  [Programme.TECHNET]: { [ActivityType.WORKSHOP]: CAREER_DAY_TITLES },
  [Programme.VHTO]: {
    [ActivityType.COMPANY_VISIT]: ["Girls' Day bij {company}", "Girls' Day: {topic} in de praktijk"],
    [ActivityType.GUEST_LESSON]: [
      'Talentenkijker: {topic}',
      'Talentenkijker-les: ontdek je talent voor {topic}',
    ],
  },
  [Programme.WETENSCHAPSKNOOPPUNT]: {
    [ActivityType.GUEST_LESSON]: ['Vraag het de wetenschapper: {topic}', 'Onderzoekers in de klas: {topic}'],
    [ActivityType.COMPANY_VISIT]: ['Labbezoek: {topic}', 'Op bezoek in het universiteitslab: {topic}'],
    [ActivityType.WORKSHOP]: ['Wetenschapsdag: {topic}', 'Wetenschapscafé voor leerkrachten: {topic}'],
  },
};

// Competitions that have a name of their own, by theme.
const COMPETITION_NAMES: Partial<Record<Theme, string[]>> = {
  energie: ['Zonnebotenrace', 'Zonnebotenrace {city}', 'Zonneautorace voor scholen'],
  robotica: ['Robotwedstrijd', 'Legorobotwedstrijd {city}', 'Robotvoetbaltoernooi'],
  'ICT en programmeren': ['Programmeerwedstrijd', 'Hackathon voor scholieren', 'Codeerchallenge {city}'],
  'bouw en infra': ['Bruggenbouwwedstrijd', 'Torenbouwwedstrijd: hoe hoog kom jij?'],
  'lucht- en ruimtevaart': ['Waterraketwedstrijd', 'Papieren-vliegtuigwedstrijd', 'CanSat-wedstrijd'],
  water: ['Dijkenbouwwedstrijd', 'Waterfilterchallenge'],
};

const INTROS: Record<ActivityType, string[]> = {
  [ActivityType.GUEST_LESSON]: [
    'Een {profession} van {company} komt naar jullie klas en vertelt over {topic}.',
    'In deze gastles laat {company} zien hoe {topic} in de praktijk werkt.',
    'Tijdens de gastles ontdekken leerlingen wat een {profession} de hele dag doet.',
    'Gastdocenten van {company} nemen {objects} mee en laten zien hoe ze werken.',
  ],
  [ActivityType.COMPANY_VISIT]: [
    'De klas is welkom bij {company} in {city} voor een rondleiding door {place}.',
    'Tijdens dit bedrijfsbezoek zien leerlingen hoe {objects} gemaakt, getest en onderhouden worden.',
    'Een dagdeel bij {company}: een rondleiding, een korte presentatie en daarna zelf aan de slag.',
    'Leerlingen kijken mee met {professions} en stellen hun vragen op de werkvloer.',
  ],
  [ActivityType.SPEED_DATE]: [
    'Meiden ontmoeten vrouwelijke professionals van {company} en andere bedrijven in korte gesprekken.',
    'Na een plenaire opening van een half uur spreken groepjes van ongeveer acht meiden in vier rondes van een kwartier met {professions}.',
    'Wat doet een {profession} eigenlijk? In deze speeddate stellen meiden al hun vragen aan vrouwen die het vak kennen.',
  ],
  [ActivityType.BLIKSEMSTAGE]: [
    'Tijdens deze bliksemstage van ongeveer tweeënhalf uur lopen leerlingen mee met medewerkers van {company}.',
    'Een kleine groep leerlingen krijgt een kijkje in de keuken bij {place} en doet zelf een opdracht.',
    'Wat voor werk is er bij jou in de buurt? In een bliksemstage ervaren leerlingen hoe het is om {profession} te zijn.',
  ],
  [ActivityType.APPLICATION_TRAINING]: [
    'Medewerkers van {company} oefenen met leerlingen hoe je solliciteert: van cv tot handdruk.',
    'Leerlingen voeren een echt sollicitatiegesprek met professionals en krijgen tips over hoe ze zich presenteren.',
    'Hoe vertel je wat je kunt? In deze training oefenen leerlingen hun eerste sollicitatie bij een technisch bedrijf.',
  ],
  [ActivityType.TEACHER_INTERNSHIP]: [
    'Docenten lopen mee bij {company} en ontdekken hoe {topic} in de praktijk werkt.',
    'In deze docentstage werkt u samen met {professions} aan een opdracht die u daarna in de klas gebruikt.',
    'Een docentstage bij {place}: actuele kennis over {topic} en contacten voor gastlessen.',
  ],
  [ActivityType.WORKSHOP]: [
    'In deze workshop gaan leerlingen zelf aan de slag met {objects}.',
    'Onder begeleiding van {professions} van {company} {verb} leerlingen hun eigen {object}.',
    'Een praktische workshop over {topic}: eerst uitleg, dan zelf ontwerpen en testen.',
  ],
  [ActivityType.PROJECT]: [
    '{company} geeft de klas een echte opdracht over {topic}.',
    'In een project van enkele weken werken leerlingen in teams aan {topic}, met begeleiding van {professions}.',
    'Leerlingen ontwerpen een {object} voor een echte vraag van {company} en presenteren hun oplossing aan het bedrijf.',
  ],
  [ActivityType.COMPETITION]: [
    'Teams van leerlingen strijden om de beste oplossing voor een probleem rond {topic}.',
    'Een wedstrijd rond {topic} met een regionale finale bij {company}.',
    'Leerlingen bouwen in teams een {object} en meten hun ontwerp met dat van andere scholen.',
  ],
  [ActivityType.WEBCAST]: [
    'Een live uitzending vanuit {place}, met {professions} die vragen uit de klas beantwoorden.',
    'Ook scholen zonder bedrijf in de buurt kunnen meedoen: de webcast over {topic} is live te volgen.',
    'In deze online gastles vertelt een {profession} van {company} over {topic}; leerlingen stellen vragen via de chat.',
  ],
};

const PROGRAMME_SENTENCES: Record<Programme, string[]> = {
  [Programme.JET_NET]: [
    'Onderdeel van de Jet-Net-samenwerking tussen school en bedrijf, mooi in de aanloop naar de profielkeuze.',
    'Jet-Net verbindt havo- en vwo-scholen met technologiebedrijven; dit is een van onze vaste activiteiten.',
  ],
  [Programme.JET_NET_JUNIOR]: [
    'Jet-Net Junior: wetenschap en technologie (W&T) voor de basisschool.',
    'Via Jet-Net Junior werken basisscholen en bedrijven samen aan W&T in de klas.',
  ],
  [Programme.TECHNET]: [
    'Georganiseerd door de TechNet-kring van bedrijven in de regio, voor vmbo-leerlingen die willen zien wat techniek is.',
    'Samen met andere bedrijven uit onze TechNet-kring laten we vmbo-leerlingen kennismaken met vakmanschap.',
  ],
  [Programme.VHTO]: [
    'In samenwerking met VHTO, voor meiden die nieuwsgierig zijn naar bèta en techniek.',
    'VHTO brengt meiden in contact met vrouwelijke rolmodellen uit bèta, techniek en ICT.',
  ],
  [Programme.JINC]: [
    'Met JINC krijgen jongeren uit wijken met minder kansen een eerlijke start op de arbeidsmarkt.',
    'Een JINC-activiteit: kennismaken met werk, voor jongeren die thuis niet vanzelf een netwerk hebben.',
  ],
  [Programme.STEM_TEACHER_ACADEMY]: [
    'Via de STEM Teacher Academy; de vervangingskosten van de docent worden vergoed.',
    'De STEM Teacher Academy koppelt bèta-docenten aan bedrijven om samen lessen te ontwikkelen.',
  ],
  [Programme.WETENSCHAPSKNOOPPUNT]: [
    'Aangeboden door een wetenschapsknooppunt: onderzoekers beantwoorden de vragen van leerlingen.',
    'Het wetenschapsknooppunt verbindt basisscholen met onderzoekers van de universiteit.',
  ],
  [Programme.INDEPENDENT]: [
    'Een initiatief van {company}, los van een landelijk programma.',
    'Wij bieden dit aan omdat we jongeren enthousiast willen maken voor ons vak.',
    '',
  ],
};

const CLOSINGS = [
  'Neem contact op met onze coördinator om een datum te plannen.',
  'Na afloop is er tijd voor vragen in ons bedrijfscafé.',
  'Leerlingen krijgen een certificaat van deelname.',
  'Vraag gerust naar de mogelijkheden voor een vervolg in de klas.',
  'Wij sturen vooraf een korte voorbereidende les mee.',
  'Veiligheidsschoenen en een helm liggen voor iedereen klaar.',
  'Ideeën voor een vervolgopdracht krijgt de docent na afloop mee.',
  '',
];

const TALK_TYPES = new Set([
  ActivityType.SPEED_DATE,
  ActivityType.APPLICATION_TRAINING,
  ActivityType.TEACHER_INTERNSHIP,
  ActivityType.WEBCAST,
]);
const isHandsOn = (fact: string) => /leerlingen/i.test(fact) || /^We /.test(fact);

function levelName(level: EducationLevel): string {
  switch (level) {
    case EducationLevel.PO_ONDERBOUW:
      return 'groep 1-2';
    case EducationLevel.PO_MIDDENBOUW:
      return 'groep 3-5';
    case EducationLevel.PO_BOVENBOUW:
      return 'groep 6-8';
    case EducationLevel.VMBO_BB:
      return 'vmbo-bb';
    case EducationLevel.VMBO_KB:
      return 'vmbo-kb';
    case EducationLevel.VMBO_GL:
      return 'vmbo-gl';
    case EducationLevel.VMBO_TL:
      return 'vmbo-tl';
    case EducationLevel.HAVO:
      return 'havo';
    case EducationLevel.VWO:
      return 'vwo';
    case EducationLevel.MBO:
      return 'mbo';
  }
}

function joinDutch(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/** "groep 6-8, alle leerwegen van het vmbo en havo": the levels as a Dutch teacher reads them. */
export function levelPhrase(levels: readonly EducationLevel[]): string {
  const vmbo = VMBO_LEVELS.filter((level) => levels.includes(level));
  const parts: string[] = [];
  for (const level of levels) {
    if (vmbo.length === VMBO_LEVELS.length && (VMBO_LEVELS as readonly EducationLevel[]).includes(level)) {
      if (level === VMBO_LEVELS[0]) parts.push('alle leerwegen van het vmbo');
      continue;
    }
    parts.push(levelName(level));
  }
  return joinDutch(parts);
}

function durationPhrase(minutes: number): string {
  if (minutes >= 480) {
    const days = Math.round(minutes / 480);
    return days === 1 ? 'één dag' : `${days} dagen`;
  }
  if (minutes < 120) return `${minutes} minuten`;
  const hours = minutes / 60;
  if (hours === 2.5) return 'tweeënhalf uur';
  return `${String(Math.round(hours * 10) / 10).replace('.', ',')} uur`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills `{slot}` and `{Slot}` from `values`; throws on a slot it does not know. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = values[slot] ?? values[slot.charAt(0).toLowerCase() + slot.slice(1)];
    if (value === undefined) throw new Error(`Unknown template slot {${slot}} in "${template}"`);
    return slot.charAt(0) === slot.charAt(0).toUpperCase() ? capitalise(value) : value;
  });
}

function slotValues(ctx: ActivityTextContext, rng: Rng): Record<string, string> {
  const vocab = THEME_VOCAB[ctx.theme];
  const [object, object2] = rng.sample(vocab.objects, 2);
  const profession = rng.pick(vocab.professions);
  return {
    topic: rng.pick(vocab.topics),
    object: object.sg,
    object2: (object2 ?? object).sg,
    objects: object.pl,
    place: rng.pick(vocab.places),
    profession: profession.sg,
    professions: profession.pl,
    verb: rng.pick(vocab.verbs),
    company: ctx.company,
    city: ctx.city,
  };
}

function titleTemplates(ctx: ActivityTextContext): string[] {
  const own = [...TITLES[ctx.type], ...(TITLE_EXTRAS[ctx.programme]?.[ctx.type] ?? [])];
  if (ctx.type === ActivityType.COMPETITION) own.push(...(COMPETITION_NAMES[ctx.theme] ?? []));
  if (ctx.targetGroups.includes(TargetGroup.TEACHERS) && ctx.type === ActivityType.WORKSHOP) {
    return TEACHER_TITLES;
  }
  if (ctx.levels.every((level) => level.startsWith('PO_')) && ctx.type === ActivityType.GUEST_LESSON) {
    own.push(...PRIMARY_TITLES);
  }
  return own;
}

function titleSuffix(ctx: ActivityTextContext, rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.12 && ctx.delivery !== Delivery.ONLINE) return ` in ${ctx.city}`;
  if (roll < 0.24) {
    if (ctx.levels.every((level) => level.startsWith('PO_'))) return ' voor de basisschool';
    if (ctx.levels.includes(EducationLevel.HAVO) && ctx.levels.includes(EducationLevel.VWO))
      return ' (havo/vwo)';
    if (ctx.levels.some((level) => level.startsWith('VMBO_'))) return ' voor het vmbo';
  }
  return '';
}

/** A Dutch title for the activity, at most 200 characters. */
export function composeTitle(ctx: ActivityTextContext, rng: Rng): string {
  const values = slotValues(ctx, rng);
  const title = capitalise(fillTemplate(rng.pick(titleTemplates(ctx)), values) + titleSuffix(ctx, rng));
  return title.length > 200 ? title.slice(0, 200).trimEnd() : title;
}

/** A Dutch description of four to eight sentences: what happens, the theme, the programme and practicalities. */
export function composeDescription(ctx: ActivityTextContext, rng: Rng): string {
  const values = slotValues(ctx, rng);
  const vocab = THEME_VOCAB[ctx.theme];
  const sentences: string[] = [rng.pick(INTROS[ctx.type])];
  // Talks and trainings describe the field, not something pupils build.
  const facts = TALK_TYPES.has(ctx.type) ? vocab.facts.filter((fact) => !isHandsOn(fact)) : vocab.facts;
  sentences.push(...rng.sample(facts, rng.int(1, 2)));
  sentences.push(rng.pick(PROGRAMME_SENTENCES[ctx.programme]));
  if (ctx.targetGroups.includes(TargetGroup.TEACHERS)) {
    sentences.push(`Voor leerkrachten en docenten die lesgeven aan ${levelPhrase(ctx.levels)}.`);
  } else {
    sentences.push(`Geschikt voor ${levelPhrase(ctx.levels)}.`);
  }
  if (ctx.targetGroups.includes(TargetGroup.TALENTED_PUPILS)) {
    sentences.push('Extra uitdaging voor talentvolle leerlingen die meer willen dan de gewone les.');
  }
  if (
    ctx.levels.some((level) => level === EducationLevel.HAVO || level.startsWith('VMBO_')) &&
    rng.chance(0.3)
  ) {
    sentences.push('Een mooie aanvulling op de loopbaanoriëntatie (LOB) van de decaan en de mentoren.');
  }
  switch (ctx.delivery) {
    case Delivery.AT_SCHOOL:
      sentences.push(`Wij komen naar scholen binnen ${ctx.maxTravelKm ?? 25} km van ${ctx.city}.`);
      break;
    case Delivery.AT_PROVIDER:
      sentences.push(`De activiteit vindt plaats bij ${ctx.company} in ${ctx.city}.`);
      break;
    case Delivery.ONLINE:
      sentences.push('Volledig online te volgen; een opname is achteraf beschikbaar.');
      break;
  }
  const practical: string[] = [];
  if (ctx.durationMinutes) practical.push(`duur ongeveer ${durationPhrase(ctx.durationMinutes)}`);
  if (ctx.maxParticipants) practical.push(`maximaal ${ctx.maxParticipants} deelnemers`);
  if (practical.length) sentences.push(`${capitalise(practical.join(', '))}.`);
  sentences.push(
    ctx.costEuros === 0
      ? rng.pick(['Deelname is gratis.', 'Kosteloos voor scholen.', 'Gratis voor de school.'])
      : `Kosten: € ${ctx.costEuros.toFixed(2).replace('.', ',')} per groep.`,
  );
  sentences.push(rng.pick(CLOSINGS));
  return (
    sentences
      .filter((sentence) => sentence !== '')
      .map((sentence) => fillTemplate(sentence, values))
      .join(' ')
      // A company name ending in "B.V." closes its sentence itself.
      .replace(/\.\.(?=\s|$)/g, '.')
  );
}

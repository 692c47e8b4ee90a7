import type { Rng, Theme } from '@app/core';
import { WeightedPicker } from './prng';

// Invented company names: a stem built from two Dutch word parts ("Noord" + "kaap"), a sector word and
// sometimes a legal form. No surnames and no acronyms, which are how real firms are mostly named.

const STEM_HEADS = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Polder',
  'Duin',
  'Veen',
  'Maas',
  'Rijn',
  'IJssel',
  'Waal',
  'Berg',
  'Dijk',
  'Hoog',
  'Klaver',
  'Linde',
  'Eiken',
  'Beuken',
  'Wilgen',
  'Zilver',
  'Koper',
  'Blauw',
  'Groen',
  'Helder',
  'Licht',
  'Vonk',
  'Stroom',
  'Golf',
  'Wind',
  'Zonne',
  'Ster',
  'Kristal',
  'Graniet',
  'Haven',
  'Brug',
  'Sluis',
  'Molen',
  'Vuur',
  'Klok',
  'Tandwiel',
  'Veld',
  'Brink',
  'Akker',
  'Heide',
  'Zand',
  'Klei',
  'Kempen',
  'Kaap',
  'Meer',
  'Eiland',
  'Vlinder',
  'Reiger',
  'Valk',
  'Zwaluw',
  'Otter',
  'Bever',
  'Kievit',
  'Merel',
  'Tulp',
  'Distel',
  'Rietland',
  'Wad',
  'Kust',
  'Lanterne',
  'Baken',
  'Kompas',
  'Anker',
  'Roer',
  'Spoor',
  'Vlieg',
] as const;

const STEM_TAILS = [
  'kaap',
  'licht',
  'werf',
  'veld',
  'stroom',
  'poort',
  'hoven',
  'dam',
  'wijk',
  'stede',
  'berg',
  'horst',
  'mond',
  'beek',
  'vaart',
  'haven',
  'kamp',
  'dijk',
  'brug',
  'lande',
  'gaarde',
  'vonk',
  'straal',
  'punt',
  'hoek',
  'burcht',
  'rade',
  'zicht',
  'kracht',
  'slag',
] as const;

/** A sector word and the themes a company named with it works in. */
interface Sector {
  word: string;
  themes: Theme[];
  /** How common the sector is among the firms that take part (default 1). */
  weight?: number;
}

const SECTORS: Sector[] = [
  { word: 'Techniek', themes: ['maakindustrie', 'energie'], weight: 3 },
  { word: 'Energie', themes: ['energie', 'klimaat en duurzaamheid'] },
  { word: 'Installaties', themes: ['energie', 'bouw en infra'], weight: 3 },
  { word: 'Installatietechniek', themes: ['energie', 'bouw en infra'], weight: 2 },
  { word: 'Engineering', themes: ['maakindustrie', 'design'], weight: 2 },
  { word: 'Solutions', themes: ['ICT en programmeren', 'design'] },
  { word: 'Systems', themes: ['ICT en programmeren', 'robotica'] },
  { word: 'Automatisering', themes: ['ICT en programmeren', 'robotica'], weight: 2 },
  { word: 'Robotics', themes: ['robotica', 'maakindustrie'] },
  { word: 'Robotica', themes: ['robotica', 'ICT en programmeren'] },
  { word: 'Metaal', themes: ['maakindustrie'], weight: 3 },
  { word: 'Metaalbewerking', themes: ['maakindustrie'], weight: 2 },
  { word: 'Precisie', themes: ['maakindustrie', 'lucht- en ruimtevaart'] },
  { word: 'Bouw', themes: ['bouw en infra'], weight: 3 },
  { word: 'Bouwgroep', themes: ['bouw en infra', 'klimaat en duurzaamheid'], weight: 2 },
  { word: 'Infra', themes: ['bouw en infra', 'mobiliteit'], weight: 2 },
  { word: 'Wegenbouw', themes: ['bouw en infra', 'mobiliteit'] },
  { word: 'Waterbouw', themes: ['water', 'bouw en infra'] },
  { word: 'Watertechniek', themes: ['water', 'klimaat en duurzaamheid'] },
  { word: 'Food', themes: ['voeding en agri'], weight: 2 },
  { word: 'Voedingsmiddelen', themes: ['voeding en agri', 'chemie'], weight: 2 },
  { word: 'Agro', themes: ['voeding en agri', 'klimaat en duurzaamheid'], weight: 2 },
  { word: 'Kassen', themes: ['voeding en agri', 'energie'] },
  { word: 'Labs', themes: ['chemie', 'gezondheid en zorg'] },
  { word: 'Chemie', themes: ['chemie'] },
  { word: 'Coatings', themes: ['chemie', 'maakindustrie'] },
  { word: 'Medical', themes: ['gezondheid en zorg', 'design'] },
  { word: 'Zorgtechniek', themes: ['gezondheid en zorg', 'ICT en programmeren'] },
  { word: 'Mobility', themes: ['mobiliteit', 'energie'] },
  { word: 'Voertuigtechniek', themes: ['mobiliteit', 'maakindustrie'] },
  { word: 'Aerospace', themes: ['lucht- en ruimtevaart', 'maakindustrie'], weight: 0.5 },
  { word: 'Satellietdata', themes: ['lucht- en ruimtevaart', 'ICT en programmeren'], weight: 0.3 },
  { word: 'Design', themes: ['design', 'maakindustrie'] },
  { word: 'Productontwerp', themes: ['design', 'maakindustrie'] },
  { word: 'Software', themes: ['ICT en programmeren'], weight: 3 },
  { word: 'Data', themes: ['ICT en programmeren'] },
  { word: 'Elektro', themes: ['energie', 'ICT en programmeren'], weight: 2 },
  { word: 'Elektrotechniek', themes: ['energie', 'bouw en infra'], weight: 2 },
  { word: 'Sensoren', themes: ['ICT en programmeren', 'water'] },
  { word: 'Optiek', themes: ['lucht- en ruimtevaart', 'design'], weight: 0.5 },
  { word: 'Kunststoffen', themes: ['chemie', 'maakindustrie'] },
  { word: 'Composieten', themes: ['lucht- en ruimtevaart', 'maakindustrie'], weight: 0.5 },
  { word: 'Klimaattechniek', themes: ['klimaat en duurzaamheid', 'energie'] },
  { word: 'Recycling', themes: ['klimaat en duurzaamheid', 'chemie'] },
  { word: 'Windtechniek', themes: ['energie', 'klimaat en duurzaamheid'] },
  { word: 'Scheepsbouw', themes: ['water', 'maakindustrie'] },
  { word: 'Maritiem', themes: ['water', 'mobiliteit'] },
  { word: 'Logistiek', themes: ['mobiliteit', 'ICT en programmeren'] },
];

// Dutch words for a kind of business that go before the stem: "Machinefabriek Rijnwerf".
const LEADING: Sector[] = [
  { word: 'Installatiebedrijf', themes: ['energie', 'bouw en infra'], weight: 2 },
  { word: 'Machinefabriek', themes: ['maakindustrie', 'robotica'], weight: 2 },
  { word: 'Ingenieursbureau', themes: ['bouw en infra', 'design'] },
  { word: 'Bouwbedrijf', themes: ['bouw en infra'], weight: 2 },
  { word: 'Constructiebedrijf', themes: ['bouw en infra', 'maakindustrie'] },
  { word: 'Laboratorium', themes: ['chemie', 'gezondheid en zorg'] },
  { word: 'Ontwerpbureau', themes: ['design'] },
  { word: 'Kwekerij', themes: ['voeding en agri'] },
  { word: 'Proeftuin', themes: ['voeding en agri', 'klimaat en duurzaamheid'] },
  { word: 'Zuivelfabriek', themes: ['voeding en agri', 'chemie'] },
  { word: 'Scheepswerf', themes: ['water', 'maakindustrie'] },
  { word: 'Softwarehuis', themes: ['ICT en programmeren'] },
  { word: 'Energiecoöperatie', themes: ['energie', 'klimaat en duurzaamheid'] },
  { word: 'Elektrotechnisch Bureau', themes: ['energie', 'ICT en programmeren'] },
  { word: 'Vliegtuigtechniek', themes: ['lucht- en ruimtevaart', 'mobiliteit'], weight: 0.5 },
  { word: 'Zorginnovatie', themes: ['gezondheid en zorg', 'ICT en programmeren'] },
];

const SECTOR_PICKER = new WeightedPicker(SECTORS, (sector) => sector.weight ?? 1);
const LEADING_PICKER = new WeightedPicker(LEADING, (sector) => sector.weight ?? 1);

const LEGAL_FORMS = ['', '', '', '', ' BV', ' BV', ' B.V.', ' Groep', ' Nederland', ' & Partners'] as const;

/**
 * Well-known Dutch (and a few foreign) technology firms. The generator never produces a name that contains
 * one of these as a word; tests check it too.
 */
export const REAL_FIRM_NAMES = [
  'ASML',
  'Philips',
  'Shell',
  'Tata Steel',
  'DSM',
  'Stork',
  'VDL',
  'Heijmans',
  'BAM',
  'Alliander',
  'Enexis',
  'Stedin',
  'Eneco',
  'Essent',
  'Vattenfall',
  'TenneT',
  'Gasunie',
  'KPN',
  'Vitens',
  'Evides',
  'Dunea',
  'Oasen',
  'Waternet',
  'Unilever',
  'Fokker',
  'Thales',
  'Damen',
  'Boskalis',
  'Van Oord',
  'Ballast Nedam',
  'Dura Vermeer',
  'VolkerWessels',
  'Strukton',
  'Arcadis',
  'Witteveen+Bos',
  'Sweco',
  'NXP',
  'Signify',
  'Océ',
  'Siemens',
  'Bosch',
  'AkzoNobel',
  'Nouryon',
  'Corbion',
  'FrieslandCampina',
  'Heineken',
  'Ahold',
  'ProRail',
  'KLM',
  'Airbus',
  'Priva',
  'Lely',
  'Vanderlande',
  'Prodrive',
  'Nedap',
  'Demcon',
  'Vopak',
  'Avebe',
  'Cosun',
  'DELTA',
  'Sabic',
] as const;

const BLOCKED = REAL_FIRM_NAMES.map(
  (name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu'),
);

/** True when `name` contains a well-known real firm name as a word. */
export function containsRealFirmName(name: string): boolean {
  return BLOCKED.some((pattern) => pattern.test(name));
}

export interface GeneratedName {
  name: string;
  themes: Theme[];
}

// Tails that are het-words: "Het Maasveld", but "De Rijnwerf".
const NEUTER_TAILS = new Set<string>(['licht', 'veld', 'zicht', 'punt']);

function stemParts(rng: Rng): { text: string; neuter: boolean } {
  for (;;) {
    const head = rng.pick(STEM_HEADS);
    const tail = rng.pick(STEM_TAILS);
    if (head.toLowerCase() === tail || head.toLowerCase().endsWith(tail)) continue;
    // "Zonne" + "kaap" reads as "Zonnekaap"; "IJssel" + "dam" as "IJsseldam".
    return { text: head + tail, neuter: NEUTER_TAILS.has(tail) };
  }
}

const stem = (rng: Rng) => stemParts(rng).text;

/**
 * Invents unique company names ("Noordkaap Energie BV", "De Rijnwerf", "Polderlicht Solutions") with the
 * themes their sector suggests. Deterministic for the rng; `taken` holds lower-cased names to avoid.
 */
export class CompanyNameGenerator {
  private readonly used = new Set<string>();

  constructor(private readonly taken: ReadonlySet<string> = new Set()) {}

  /** A university science hub ("Wetenschapsknooppunt Maaskaap"); its themes are the caller's choice. */
  hub(rng: Rng): GeneratedName {
    for (;;) {
      const name = `Wetenschapsknooppunt ${stem(rng)}`;
      const key = name.toLowerCase();
      if (this.used.has(key) || this.taken.has(key)) continue;
      this.used.add(key);
      return { name, themes: [] };
    }
  }

  next(rng: Rng): GeneratedName {
    for (let attempt = 0; ; attempt += 1) {
      const pattern = rng.weighted({ stemSector: 62, theStem: 10, stemOnly: 8, leading: 20 });
      const sector = (pattern === 'leading' ? LEADING_PICKER : SECTOR_PICKER).pick(rng);
      let name: string;
      switch (pattern) {
        case 'stemSector':
          name = `${stem(rng)} ${sector.word}${rng.pick(LEGAL_FORMS)}`;
          break;
        case 'theStem': {
          const parts = stemParts(rng);
          name = `${parts.neuter ? 'Het' : 'De'} ${parts.text}`;
          break;
        }
        case 'stemOnly':
          name = `${stem(rng)}${rng.pick([' BV', ' Groep', ' Innovaties', ' Werkplaats'])}`;
          break;
        case 'leading':
          name = `${sector.word} ${stem(rng)}`;
          break;
      }
      // After many collisions (huge seeds), a number keeps the name unique and still invented.
      if (attempt > 50) name = `${name} ${attempt}`;
      const key = name.toLowerCase();
      if (this.used.has(key) || this.taken.has(key) || containsRealFirmName(name)) continue;
      this.used.add(key);
      const themes: Theme[] =
        pattern === 'theStem' || pattern === 'stemOnly'
          ? [SECTOR_PICKER.pick(rng).themes[0]]
          : rng.chance(0.6)
            ? [...sector.themes]
            : [sector.themes[0]];
      return { name, themes };
    }
  }
}

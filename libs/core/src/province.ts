import { Province } from './enums';

// Dutch province names as DUO, CBS and PDOK write them, to the enum.
const BY_NAME: Record<string, Province> = {
  groningen: Province.GRONINGEN,
  fryslan: Province.FRYSLAN,
  friesland: Province.FRYSLAN,
  drenthe: Province.DRENTHE,
  overijssel: Province.OVERIJSSEL,
  flevoland: Province.FLEVOLAND,
  gelderland: Province.GELDERLAND,
  utrecht: Province.UTRECHT,
  'noord-holland': Province.NOORD_HOLLAND,
  'zuid-holland': Province.ZUID_HOLLAND,
  zeeland: Province.ZEELAND,
  'noord-brabant': Province.NOORD_BRABANT,
  limburg: Province.LIMBURG,
};

const SEEN = new Map<string, Province | undefined>();

/** `Fryslân`, `Friesland`, `Noord-Brabant`, `NOORD_BRABANT` → the enum value; undefined when unknown. */
export function provinceFromName(name: string): Province | undefined {
  // A file names a dozen provinces thousands of times: each spelling is normalised once.
  if (SEEN.has(name)) return SEEN.get(name);
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  const province = BY_NAME[key];
  if (SEEN.size < 1000) SEEN.set(name, province);
  return province;
}

export const PROVINCE_NAMES: Record<Province, string> = {
  [Province.GRONINGEN]: 'Groningen',
  [Province.FRYSLAN]: 'Fryslân',
  [Province.DRENTHE]: 'Drenthe',
  [Province.OVERIJSSEL]: 'Overijssel',
  [Province.FLEVOLAND]: 'Flevoland',
  [Province.GELDERLAND]: 'Gelderland',
  [Province.UTRECHT]: 'Utrecht',
  [Province.NOORD_HOLLAND]: 'Noord-Holland',
  [Province.ZUID_HOLLAND]: 'Zuid-Holland',
  [Province.ZEELAND]: 'Zeeland',
  [Province.NOORD_BRABANT]: 'Noord-Brabant',
  [Province.LIMBURG]: 'Limburg',
};

/** PostgreSQL's Dutch stop words (`tsearch_data/dutch.stop`); both engines ignore them. */
export const DUTCH_STOP_WORDS: readonly string[] = (
  'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of ' +
  'wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze ' +
  'u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan ' +
  'hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon ' +
  'niets uw iemand geweest andere'
).split(' ');

const STOP_WORDS = new Set(DUTCH_STOP_WORDS);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Lower case without accents: `Bèta-Techniek` → `beta-techniek`. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// The apostrophe of a plural or possessive ("auto's", "cd’s") with its s: "auto's" is looked up as "auto".
const APOSTROPHE_S = /(?<=[a-z0-9])['’‘`]s(?![a-z0-9])/g;

/**
 * The words of a text as both engines index and look them up: folded, an apostrophe-s dropped, split on
 * anything but a-z and 0-9.
 */
export function words(text: string): string[] {
  return foldText(text)
    .replace(APOSTROPHE_S, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

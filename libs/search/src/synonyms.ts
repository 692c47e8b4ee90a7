import { foldText } from './text';

/**
 * The reviewed list of domain synonyms, used by both engines (PostgreSQL expands query words with it, Meilisearch
 * gets it as index settings). Each group lists terms a teacher uses for the same thing; a query word that is one
 * of them also finds the others. Keep groups narrow: every entry widens every search that uses it.
 * Inflections are listed where Dutch stemming does not join them (gastles / gastlessen).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ict', 'informatica', 'programmeren', 'coderen'],
  ['gastles', 'gastlessen', 'gastcollege', 'gastcolleges'],
  ['bèta', 'beta'],
  ['bedrijfsbezoek', 'bedrijfsbezoeken', 'excursie', 'excursies'],
  // "meisjes" is also the word indexed with every activity for the target group GIRLS.
  ['meisjes', 'meiden'],
  // "docenten" is indexed with every activity for TEACHERS.
  ['docenten', 'docent', 'leraren', 'leraar'],
  ['robot', 'robots', 'robotica'],
  ['wedstrijd', 'competitie'],
  ['speeddate', 'speeddates', 'speeddaten'],
  ['sollicitatietraining', 'sollicitatiecursus'],
  ['docentstage', 'lerarenstage'],
  ['webcast', 'webinar', 'livestream'],
  ['duurzaamheid', 'duurzaam'],
  ['ai', 'kunstmatige intelligentie'],
];

const BY_TERM = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const folded = group.map(foldText);
  for (const term of folded) {
    const others = folded.filter((other) => other !== term);
    BY_TERM.set(term, [...new Set([...(BY_TERM.get(term) ?? []), ...others])]);
  }
}

/** The other terms of the groups `word` belongs to (folded, possibly of several words); empty when none. */
export function synonymsOf(word: string): string[] {
  return BY_TERM.get(foldText(word)) ?? [];
}

// The synonym terms of several words, as their words: "kunstmatige intelligentie" → [kunstmatige, intelligentie].
const PHRASES: Array<{ words: string[]; synonyms: string[] }> = [...BY_TERM.entries()]
  .filter(([term]) => term.includes(' '))
  .map(([term, synonyms]) => ({ words: term.split(' '), synonyms }));

/**
 * The synonyms of the query words `first second` read as one term of two words ("kunstmatige intelligentie" → ai),
 * so that a query finds a multi-word synonym written out as well as its short form. Whole words only, also for the
 * word being typed: Meilisearch applies synonyms to whole words, and both engines answer alike.
 */
export function phraseSynonymsOf(first: string, second: string): string[] {
  const found = new Set<string>();
  for (const phrase of PHRASES) {
    if (phrase.words.length !== 2 || phrase.words[0] !== first) continue;
    if (phrase.words[1] === second) {
      for (const synonym of phrase.synonyms) found.add(synonym);
    }
  }
  return [...found];
}

/** The list in Meilisearch's format: every term mapped to the others of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      result[term] = [...new Set([...(result[term] ?? []), ...group.filter((other) => other !== term)])];
    }
  }
  return result;
}

import { splitCompound } from './compounds';
import { isStopWord, words } from './text';
import { phraseSynonymsOf, synonymsOf } from './synonyms';

/** One word of a query with what else it may match. */
export interface QueryTerm {
  /** Folded word, only a-z and 0-9. */
  word: string;
  /** The last word is matched as a prefix (search as you type). */
  prefix: boolean;
  /**
   * Synonyms from the reviewed list, folded; a synonym may consist of several words. A term that is one word of a
   * multi-word synonym written out with its neighbour ("kunstmatige intelligentie") has that term's synonyms too
   * (ai): (kunstmatige | ai) & (intelligentie | ai) is (kunstmatige & intelligentie) | ai, as with joins.
   */
  synonyms: string[];
  /** How many typos the word tolerates: 0 below 5 letters, 1 up to 8, 2 from 9 (as Meilisearch). */
  maxTypos: number;
  /** When the word is a Dutch compound, its parts (folded): a document that has all of them matches too. */
  parts: string[] | null;
  /**
   * The word written together with the word before or after it ("warmte pomp" → warmtepomp): a document with
   * that word matches both terms. A join with the last word is a prefix, as that word is.
   */
  joins: Array<{ word: string; prefix: boolean }>;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** The folded words joined by spaces: what an engine with its own parser is given. */
  text: string;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 10;
const MAX_WORD_LENGTH = 40;

export function maxTypos(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}

/**
 * Turns free text into terms. Everything but letters and digits separates words, so search syntax (`& | ! : *
 * ( ) <->`, quotes, backslashes), SQL and emoji never reach an engine as syntax; stop words are dropped.
 * Null when nothing searchable is left: the search then runs without text.
 */
export function parseQuery(raw: string | null | undefined): ParsedQuery | null {
  if (!raw) return null;
  const unique = [
    ...new Set(words(raw.slice(0, MAX_QUERY_LENGTH)).filter((w) => w.length <= MAX_WORD_LENGTH)),
  ];
  const kept = unique.filter((word) => !isStopWord(word)).slice(0, MAX_TERMS);
  if (kept.length === 0) return null;
  const terms: QueryTerm[] = kept.map((word, index) => ({
    word,
    prefix: index === kept.length - 1 && word.length >= 2,
    synonyms: [...synonymsOf(word)],
    maxTypos: maxTypos(word),
    parts: splitCompound(word),
    joins: [],
  }));
  for (let i = 0; i + 1 < terms.length; i += 1) {
    const joined = terms[i].word + terms[i + 1].word;
    if (joined.length > MAX_WORD_LENGTH) continue;
    const join = { word: joined, prefix: terms[i + 1].prefix };
    terms[i].joins.push(join);
    terms[i + 1].joins.push(join);
    for (const synonym of phraseSynonymsOf(terms[i].word, terms[i + 1].word)) {
      for (const term of [terms[i], terms[i + 1]]) {
        if (!term.synonyms.includes(synonym)) term.synonyms.push(synonym);
      }
    }
  }
  return { terms, text: kept.join(' ') };
}

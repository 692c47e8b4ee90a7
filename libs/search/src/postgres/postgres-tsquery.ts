import type { ParsedQuery, QueryTerm } from '../query-parser';

/** Close vocabulary words per query word (typo tolerance), as the vocabulary lookup found them. */
export type Corrections = ReadonlyMap<string, readonly string[]>;

// Only a-z and 0-9 ever reach to_tsquery: no operator, quote, colon or backslash of user text survives.
function lexeme(word: string): string | null {
  const clean = word.replace(/[^a-z0-9]/g, '');
  return clean.length > 0 ? clean : null;
}

/** The lexemes of a word or of a synonym of several words. */
function lexemes(text: string): string[] {
  return text
    .split(/\s+/)
    .map(lexeme)
    .filter((part): part is string => part !== null);
}

/** A synonym of several words becomes a phrase (`kunstmatige <-> intelligentie`). */
function alternative(term: string, prefix: boolean): string | null {
  const parts = lexemes(term);
  if (parts.length === 0) return null;
  if (parts.length > 1) return `(${parts.join(' <-> ')})`;
  return prefix ? `${parts[0]}:*` : parts[0];
}

function termQuery(term: QueryTerm, corrections: Corrections): string | null {
  const alternatives = new Set<string>();
  const add = (value: string | null) => value && alternatives.add(value);
  add(alternative(term.word, term.prefix));
  for (const synonym of term.synonyms) add(alternative(synonym, false));
  for (const corrected of corrections.get(term.word) ?? []) add(alternative(corrected, false));
  // A compound's parts side by side ("warmtepomp": warmte <-> pomp, as written apart or as the parts that a
  // longer compound indexes in order; side by side, so that parts of unrelated words, hol+land in "Holland" and
  // "bouw", make no "landbouw"), or the word written together with its neighbour:
  // (warmte | warmtepomp) & (pomp | warmtepomp) is (warmte & pomp) | warmtepomp.
  const parts = term.parts?.map(lexeme).filter((part): part is string => part !== null) ?? [];
  if (parts.length > 1) add(`(${parts.join(' <-> ')})`);
  for (const join of term.joins) add(alternative(join.word, join.prefix));
  if (alternatives.size === 0) return null;
  return alternatives.size === 1 ? [...alternatives][0] : `(${[...alternatives].join(' | ')})`;
}

/**
 * The text of a `to_tsquery` for a parsed query: every term must match, each through its word (a prefix for the
 * last one), its synonyms or its typo corrections. Null when nothing is left.
 */
export function buildTsQuery(query: ParsedQuery, corrections: Corrections): string | null {
  const parts = query.terms
    .map((term) => termQuery(term, corrections))
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' & ') : null;
}

/**
 * A `to_tsquery` text that any single word matching one alternative of one term matches (every alternative
 * OR-ed, phrases split into their words): the words of a hit's text to highlight.
 */
export function buildAnyWordTsQuery(query: ParsedQuery, corrections: Corrections): string | null {
  const operands = new Set<string>();
  const add = (text: string, prefix: boolean) => {
    const parts = lexemes(text);
    for (const part of parts) operands.add(prefix && parts.length === 1 ? `${part}:*` : part);
  };
  for (const term of query.terms) {
    add(term.word, term.prefix);
    for (const synonym of term.synonyms) add(synonym, false);
    for (const corrected of corrections.get(term.word) ?? []) add(corrected, false);
    for (const part of term.parts ?? []) add(part, false);
    for (const join of term.joins) add(join.word, join.prefix);
  }
  return operands.size > 0 ? [...operands].join(' | ') : null;
}

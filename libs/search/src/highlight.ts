import { compoundParts } from './compounds';
import { words } from './text';

// Engines mark matches with two private-use characters; only here do they become HTML, after escaping the text,
// so that an activity's own text can never inject markup into a highlight.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes HTML and turns the engine's marks into `<mark>…</mark>`. */
export function renderHighlight(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (char) => ESCAPES[char])
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `title — excerpt`, both already marked by the engine. */
export function joinHighlight(title: string, excerpt: string): string {
  const body = excerpt.trim();
  return renderHighlight(body ? `${title} — ${body}` : title);
}

/** Removes the mark characters from text before an engine highlights it. */
export function stripMarks(text: string): string {
  return text.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
}

/** Whether a word of a text (as `words` in text.ts folds and splits it) matches the query. */
export type WordMatcher = (foldedWord: string) => boolean;

interface Token {
  start: number;
  end: number;
  matched: boolean;
}

// Runs of letters and digits, as the words of text.ts before folding (accents stay inside the run). A loop
// over char codes with an ASCII table: the Unicode regex took most of the highlighting time.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0,
);

/**
 * The words of `text` with whether each matches, read as far as asked: an excerpt needs the words up to its last
 * fragment, not those of the rest of a long description.
 */
class Tokens {
  readonly list: Token[] = [];
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly matches: WordMatcher,
  ) {}

  /** The `i`th word, or undefined when the text has fewer. */
  get(i: number): Token | undefined {
    while (this.list.length <= i && this.readNext());
    return this.list[i];
  }

  /** The index of the last word at or before `i` (-1 for a text without words). */
  upTo(i: number): number {
    this.get(i);
    return Math.min(i, this.list.length - 1);
  }

  /** Every word of the text. */
  all(): Token[] {
    while (this.readNext());
    return this.list;
  }

  private readNext(): boolean {
    const { text } = this;
    let start = -1;
    let plain = true;
    for (let i = this.at; i <= text.length; i += 1) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      const inWord = code < 128 ? ASCII_WORD[code] === 1 : WORD_CHAR.test(text[i]);
      if (inWord) {
        if (start < 0) {
          start = i;
          plain = true;
        }
        if (code >= 128) plain = false;
      } else if (start >= 0) {
        const raw = text.slice(start, i);
        // Most words are plain ASCII: no Unicode folding needed.
        const matched = plain ? this.matches(raw.toLowerCase()) : words(raw).some(this.matches);
        this.list.push({ start, end: i, matched });
        this.at = i;
        return true;
      }
    }
    this.at = text.length + 1;
    return false;
  }
}

function mark(text: string, list: Token[], from: number, to: number): string {
  let out = '';
  let at = list[from].start;
  for (let i = from; i <= to; i += 1) {
    const token = list[i];
    out += text.slice(at, token.start);
    const word = text.slice(token.start, token.end);
    out += token.matched ? `${MARK_START}${word}${MARK_END}` : word;
    at = token.end;
  }
  return out;
}

/** The whole text with every matching word between the marks. */
export function markWords(text: string, matches: WordMatcher): string {
  const clean = stripMarks(text);
  const list = new Tokens(clean, matches).all();
  if (list.length === 0) return clean;
  return (
    clean.slice(0, list[0].start) + mark(clean, list, 0, list.length - 1) + clean.slice(list.at(-1)?.end)
  );
}

/**
 * An excerpt as ts_headline's fragments gave it: up to `maxFragments` stretches of at most `maxWords` words,
 * each starting two words before a matching word not shown yet, joined by " … "; without a match the first
 * `minWords` words.
 */
export function excerptWords(
  text: string,
  matches: WordMatcher,
  {
    maxWords = 18,
    minWords = 6,
    maxFragments = 2,
  }: { maxWords?: number; minWords?: number; maxFragments?: number } = {},
): string {
  const clean = stripMarks(text);
  const tokens = new Tokens(clean, matches);
  if (!tokens.get(0)) return '';
  const { list } = tokens;
  const fragments: string[] = [];
  let next = 0;
  while (fragments.length < maxFragments) {
    let hit = next;
    while (tokens.get(hit)?.matched === false) hit += 1;
    if (!tokens.get(hit)) break;
    const from = Math.max(next, hit - 2);
    const to = tokens.upTo(from + maxWords - 1);
    fragments.push(mark(clean, list, from, to));
    next = to + 1;
  }
  if (fragments.length === 0) return mark(clean, list, 0, tokens.upTo(minWords - 1));
  return fragments.join(' … ');
}

/**
 * The highlights of a result page's hits: the engine's own marks, or the result's `markWords` marked in the
 * activity's title and description (read once, by whoever shows the page); null for a search without text. The
 * matcher of the words is made once per page, not once per hit.
 */
export function pageHighlighter(result: {
  markWords: readonly string[] | null;
}): (hit: { highlight: string | null }, texts: { title: string; description: string }) => string | null {
  if (result.markWords === null) return (hit) => hit.highlight;
  const words = new Set(result.markWords);
  // A compound is marked when one of its parts matched ("robotstofzuigers" for "stofzuiger").
  const matches = (word: string) => words.has(word) || compoundParts(word).some((part) => words.has(part));
  return (hit, texts) =>
    hit.highlight ?? joinHighlight(markWords(texts.title, matches), excerptWords(texts.description, matches));
}

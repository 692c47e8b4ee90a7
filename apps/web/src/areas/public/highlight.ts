// A hit's highlight is HTML from the api: the title and an excerpt joined by " — ", every text escaped and the
// matched words in <mark>…</mark>. The page never sets it as HTML: it is read back into text pieces here.

export interface HighlightPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const unescape = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);

/** The pieces of a highlight; anything that is not a <mark> tag stays text. */
export function parseHighlight(html: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push({ text: unescape(part), marked });
  }
  return pieces;
}

const SEPARATOR = ' — ';
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Splits a highlight into the marked title and the marked excerpt, when it starts with the given title (else
 * the title is null and everything is excerpt).
 */
export function splitHighlight(
  html: string,
  title: string,
): { title: HighlightPiece[] | null; excerpt: HighlightPiece[] } {
  const pieces = parseHighlight(html);
  const plainTitle = collapse(title);
  const plain = pieces.map((piece) => piece.text).join('');
  if (!plain.startsWith(plainTitle)) return { title: null, excerpt: pieces };
  const rest = plain.slice(plainTitle.length);
  if (rest && !rest.startsWith(SEPARATOR)) return { title: null, excerpt: pieces };
  const head = cut(pieces, 0, plainTitle.length);
  const excerpt = cut(pieces, plainTitle.length + (rest ? SEPARATOR.length : 0), plain.length);
  return { title: head, excerpt };
}

/** The pieces between two character offsets of their joined text. */
function cut(pieces: HighlightPiece[], from: number, to: number): HighlightPiece[] {
  const out: HighlightPiece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + piece.text.length);
    if (end > start) out.push({ text: piece.text.slice(start - at, end - at), marked: piece.marked });
    at += piece.text.length;
  }
  return out;
}

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

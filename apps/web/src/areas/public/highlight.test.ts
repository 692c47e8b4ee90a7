// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHighlight, splitHighlight } from './highlight';

describe('highlights', () => {
  it('reads the api’s marks into pieces and unescapes the text, never taking markup from it', () => {
    expect(parseHighlight('<mark>Gastles</mark> &lt;b&gt;energie&amp;co&#39;s')).toEqual([
      { text: 'Gastles', marked: true },
      { text: " <b>energie&co's", marked: false },
    ]);
  });

  it('splits the marked title from the excerpt', () => {
    const html =
      '<mark>Gastles</mark> <mark>energie</mark>transitie — Over zonnepanelen en <mark>energie</mark>.';
    const { title, excerpt } = splitHighlight(html, 'Gastles  energietransitie');
    expect(title).toEqual([
      { text: 'Gastles', marked: true },
      { text: ' ', marked: false },
      { text: 'energie', marked: true },
      { text: 'transitie', marked: false },
    ]);
    expect(excerpt).toEqual([
      { text: 'Over zonnepanelen en ', marked: false },
      { text: 'energie', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('takes a highlight of the title alone, and keeps one that does not start with the title whole', () => {
    expect(splitHighlight('<mark>Robot</mark>les', 'Robotles')).toEqual({
      title: [
        { text: 'Robot', marked: true },
        { text: 'les', marked: false },
      ],
      excerpt: [],
    });
    expect(splitHighlight('iets anders', 'Robotles')).toEqual({
      title: null,
      excerpt: [{ text: 'iets anders', marked: false }],
    });
  });
});

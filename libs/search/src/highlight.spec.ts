import { MARK_END, MARK_START, excerptWords, joinHighlight, markWords, renderHighlight } from './highlight';

describe('highlights', () => {
  it('escapes the text and only then inserts the marks', () => {
    expect(renderHighlight(`<script>alert("x")</script> ${MARK_START}robot${MARK_END} & co`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>robot</mark> &amp; co',
    );
  });

  it('joins title and excerpt', () => {
    expect(joinHighlight(`${MARK_START}Gastles${MARK_END} energie`, ' een  ingenieur ')).toBe(
      '<mark>Gastles</mark> energie — een ingenieur',
    );
    expect(joinHighlight('Titel', '')).toBe('Titel');
  });
});

describe('highlights built from the matching words', () => {
  const matches = (word: string) => ['energie', 'fryslan', 'robots'].includes(word);
  const marked = (text: string) => text.replaceAll(MARK_START, '[').replaceAll(MARK_END, ']');

  it('marks every matching word of a title, accents and case as written', () => {
    expect(marked(markWords('Zonne-Energie in Fryslân: robots!', matches))).toBe(
      'Zonne-[Energie] in [Fryslân]: [robots]!',
    );
    expect(markWords(`${MARK_START}niets${MARK_END}`, matches)).toBe('niets');
  });

  it('cuts an excerpt of up to two fragments around the matches', () => {
    const text =
      'een twee drie robots vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien ' +
      'zeventien achttien negentien twintig eenentwintig tweeëntwintig energie drieëntwintig. Slot energie.';
    expect(marked(excerptWords(text, matches))).toBe(
      'twee drie [robots] vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien ' +
        'zeventien achttien … eenentwintig tweeëntwintig [energie] drieëntwintig. Slot [energie]',
    );
  });

  it('shows the first words when nothing matches, and nothing for an empty text', () => {
    expect(excerptWords('Een twee drie vier vijf zes zeven acht.', matches)).toBe(
      'Een twee drie vier vijf zes',
    );
    expect(excerptWords(' … ', matches)).toBe('');
  });
});

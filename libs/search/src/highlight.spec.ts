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

  it('reads a long text only as far as its excerpt: no word after the second fragment is matched', () => {
    const filler = (from: number, n: number) => Array.from({ length: n }, (_, i) => `woord${from + i}`);
    const text = [...filler(0, 5), 'robots', ...filler(5, 30), 'energie', ...filler(35, 500), 'robots'].join(
      ' ',
    );
    const asked: string[] = [];
    const excerpt = excerptWords(text, (word) => {
      asked.push(word);
      return matches(word);
    });
    expect(marked(excerpt)).toBe(
      `${filler(3, 2).join(' ')} [robots] ${filler(5, 15).join(' ')} … ` +
        `${filler(33, 2).join(' ')} [energie] ${filler(35, 15).join(' ')}`,
    );
    expect(asked).toHaveLength(5 + 1 + 30 + 1 + 15);
  });

  it('shows the first words when nothing matches, and nothing for an empty text', () => {
    expect(excerptWords('Een twee drie vier vijf zes zeven acht.', matches)).toBe(
      'Een twee drie vier vijf zes',
    );
    expect(excerptWords(' … ', matches)).toBe('');
  });
});

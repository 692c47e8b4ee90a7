import { MARK_END, MARK_START, joinHighlight, renderHighlight } from './highlight';

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

import type { Settings } from 'meilisearch';
import { MARK_END, MARK_START } from '../highlight';
import { quote, serverVersionProblem, settingsDiff, taskFailure, wholeWordMarks } from './meilisearch-checks';
import { MEILISEARCH_SETTINGS } from './meilisearch-settings';

// What the server's filter parser does with a double-quoted value (crates/filter-parser/src/value.rs):
// `quoted_by` ends the value at the first quote not preceded by a backslash, then `\"` becomes `"`.
function parseQuoted(text: string): { value: string; rest: string } {
  expect(text[0]).toBe('"');
  let i = 1;
  for (; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') break;
  }
  return { value: text.slice(1, i).replaceAll('\\"', '"'), rest: text.slice(i + 1) };
}

describe('quote', () => {
  it.each(['NOORD_BRABANT', 'voeding en agri', 'lucht- en ruimtevaart', 'a"b', '"] OR provinces IN ["x'])(
    'reads back as the same single value: %j',
    (value) => {
      expect(parseQuoted(quote(value))).toEqual({ value, rest: '' });
    },
  );

  it('escapes a quote and nothing else', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('voeding en agri')).toBe('"voeding en agri"');
  });

  it('refuses a backslash or a control character, which no server version reads back the same', () => {
    expect(() => quote('a\\b')).toThrow(/backslash/);
    expect(() => quote('a\\')).toThrow(/backslash/);
    expect(() => quote('a\nb')).toThrow(/control/);
  });
});

describe('taskFailure', () => {
  const task = (status: string, error: { code: string; message: string } | null = null) =>
    ({ uid: 7, type: 'documentAdditionOrUpdate', status, error }) as Parameters<typeof taskFailure>[0];

  it('takes only a succeeded task as done', () => {
    expect(taskFailure(task('succeeded'))).toBeNull();
  });

  it('fails on a failed, a cancelled and an unfinished task', () => {
    expect(taskFailure(task('failed', { code: 'invalid_document_id', message: 'bad id' }))?.message).toBe(
      'Meilisearch task 7 (documentAdditionOrUpdate) failed: bad id',
    );
    expect(taskFailure(task('canceled'))?.message).toMatch(/canceled: it was cancelled/);
    expect(taskFailure(task('processing'))?.message).toMatch(/still processing/);
    expect(taskFailure(task('enqueued'))).toBeInstanceOf(Error);
  });

  it('lets through only the one error code it is told to allow', () => {
    const exists = task('failed', { code: 'index_already_exists', message: 'exists' });
    expect(taskFailure(exists, 'index_already_exists')).toBeNull();
    expect(taskFailure(exists, 'index_not_found')).toBeInstanceOf(Error);
    expect(taskFailure(task('canceled'), 'index_already_exists')).toBeInstanceOf(Error);
  });
});

describe('serverVersionProblem', () => {
  it('accepts v1.18 and later, refuses older servers', () => {
    expect(serverVersionProblem('1.50.0')).toBeNull();
    expect(serverVersionProblem('1.18.0')).toBeNull();
    expect(serverVersionProblem('2.0.1')).toBeNull();
    expect(serverVersionProblem('1.12.8')).toMatch(/older than 1\.18\.0/);
    expect(serverVersionProblem('1.9.0')).toMatch(/older/);
  });
});

describe('settingsDiff', () => {
  // What a server answers after updateSettings(MEILISEARCH_SETTINGS): every key, its own defaults, lists sorted.
  const answered = (): Settings => ({
    ...MEILISEARCH_SETTINGS,
    filterableAttributes: [...(MEILISEARCH_SETTINGS.filterableAttributes as string[])].sort(),
    sortableAttributes: [...(MEILISEARCH_SETTINGS.sortableAttributes as string[])].sort(),
    stopWords: [...(MEILISEARCH_SETTINGS.stopWords as string[])].sort(),
    displayedAttributes: [...(MEILISEARCH_SETTINGS.displayedAttributes as string[])].reverse(),
    synonyms: Object.fromEntries(
      Object.entries(MEILISEARCH_SETTINGS.synonyms ?? {}).map(([k, v]) => [k, [...v].reverse()]),
    ),
    typoTolerance: {
      ...MEILISEARCH_SETTINGS.typoTolerance,
      disableOnWords: [],
      disableOnAttributes: [],
    },
    faceting: { ...MEILISEARCH_SETTINGS.faceting, sortFacetValuesBy: { '*': 'alpha' } },
    distinctAttribute: null,
    proximityPrecision: 'byWord',
  });

  it('finds nothing when the server answers the code settings with its defaults and its own order', () => {
    expect(settingsDiff(answered(), MEILISEARCH_SETTINGS)).toEqual([]);
  });

  it('names every setting that differs, where order matters too', () => {
    const live = answered();
    live.rankingRules = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'id:asc'];
    live.pagination = { maxTotalHits: 1000 };
    live.filterableAttributes = [];
    live.synonyms = { ...live.synonyms, ict: ['informatica'] };
    live.typoTolerance = { ...live.typoTolerance, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } };
    expect(settingsDiff(live, MEILISEARCH_SETTINGS)).toEqual([
      'filterableAttributes',
      'pagination',
      'rankingRules',
      'synonyms',
      'typoTolerance',
    ]);
  });

  it('sees an index that was made with the defaults (a sync before setup) as wrong', () => {
    const defaults: Settings = {
      searchableAttributes: ['*'],
      displayedAttributes: ['*'],
      filterableAttributes: [],
      sortableAttributes: [],
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      stopWords: [],
      synonyms: {},
      pagination: { maxTotalHits: 1000 },
    };
    expect(settingsDiff(defaults, MEILISEARCH_SETTINGS)).toEqual(
      expect.arrayContaining(['filterableAttributes', 'pagination', 'rankingRules', 'sortableAttributes']),
    );
  });
});

describe('wholeWordMarks', () => {
  const m = (text: string) => text.replaceAll('<', MARK_START).replaceAll('>', MARK_END);
  const shown = (text: string) => text.replaceAll(MARK_START, '<').replaceAll(MARK_END, '>');

  it('grows the mark of a prefix or a typo to the whole word', () => {
    expect(shown(wholeWordMarks(m('Bouw een <robo>tica-arm en <zonneboo>t')))).toBe(
      'Bouw een <robotica>-arm en <zonneboot>',
    );
    expect(shown(wholeWordMarks(m('<Bèta>techniek voor <meisjes>')))).toBe('<Bètatechniek> voor <meisjes>');
  });

  it('leaves text without marks and whole-word marks alone', () => {
    expect(wholeWordMarks('geen treffer')).toBe('geen treffer');
    expect(shown(wholeWordMarks(m('een <gastles> over <energie>.')))).toBe('een <gastles> over <energie>.');
  });

  it('joins two marks inside one word into one', () => {
    expect(shown(wholeWordMarks(m('<warmte><pomp>en')))).toBe('<warmtepompen>');
  });
});

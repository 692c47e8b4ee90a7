import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import { ActivityType, EducationLevel, Province, haversineKm, type LatLon } from '@app/core';
import { Tx, dataSourceOptions } from '@app/database';
import {
  FACET_FIELDS,
  FACET_VALUES,
  MASK_COLUMNS as MASKS,
  MEILISEARCH_SETTINGS,
  MeilisearchSearchEngine,
  PostgresSearchEngine,
  SearchIndexProcessor,
  SearchSort,
  pageHighlighter,
  type FacetField,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
  settingsDiff,
  validateSearchInput,
} from '@app/search';
import { createTestDatabase, waitFor, type TestDatabase } from '@app/testing';
import { writeRelevanceFixture, type RelevanceFixture } from '../../bench/relevance-set';
import { ACTIVITIES, PLACES, SEARCHABLE, createSearchFixture, type Fixture } from '../utils/search-fixture';

// The shared suite: the same fixture, queries and expected hit sets and facet counts for every engine.
// PostgreSQL always runs; Meilisearch runs only against a real server given by MEILI_URL.

const MEILI_URL = process.env.MEILI_URL;

interface EngineUnderTest {
  name: string;
  create(ds: DataSource): Promise<SearchEngine>;
  dispose?(engine: SearchEngine): Promise<void>;
}

const ENGINES: EngineUnderTest[] = [
  {
    name: 'postgres',
    create: (ds) => Promise.resolve(new PostgresSearchEngine(ds, { vocabularyCacheMs: 0 })),
  },
];
if (MEILI_URL) {
  const index = `tm_test_${randomBytes(4).toString('hex')}`;
  ENGINES.push({
    name: 'meilisearch',
    create: async (ds) => {
      const engine = new MeilisearchSearchEngine(ds, {
        host: MEILI_URL,
        apiKey: process.env.MEILI_API_KEY,
        index,
        waitForTasks: true,
      });
      await engine.setup();
      return engine;
    },
    dispose: async () => {
      const { Meilisearch } = await import('meilisearch');
      const client = new Meilisearch({ host: MEILI_URL, apiKey: process.env.MEILI_API_KEY });
      await client.deleteIndex(index).waitTask();
    },
  });
} else {
  console.log('Meilisearch: SKIPPED the shared search suite (MEILI_URL is not set); PostgreSQL ran it.');
  describe('meilisearch engine', () => {
    it.skip('SKIPPED: MEILI_URL is not set, so the shared search suite did not run against Meilisearch', () => {});
  });
}

// The defaults a client gets for an empty input, so the tests follow them.
function request(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return { ...validateSearchInput({}), pageSize: 100, ...overrides };
}

const byDistance = (from: LatLon, f: Fixture, keys: string[]) =>
  keys.map((key) => ({ key, km: haversineKm(from, f.pointOf[key]) }));

// A database of its own with the catalogue entities, for the search fixture.
async function fixtureDatabase(): Promise<{ db: TestDatabase; ds: DataSource }> {
  const db = await createTestDatabase();
  const ds = new DataSource(
    dataSourceOptions(db.url, {
      entities: [SchoolEntity, CompanyEntity, CompanyLocationEntity, ActivityEntity],
      extra: { max: 4 },
    }),
  );
  await ds.initialize();
  return { db, ds };
}

describe.each(ENGINES)('search engine: $name', (under) => {
  let db: TestDatabase;
  let ds: DataSource;
  let engine: SearchEngine;
  let fixture: Fixture;

  const search = (overrides: Partial<SearchRequest> = {}) => engine.search(request(overrides));
  const keysOf = (result: SearchResult) =>
    result.hits.map((hit) => fixture.keyOf.get(hit.activityId) ?? hit.activityId);
  const sorted = (result: SearchResult) => keysOf(result).sort();
  // As the api shows a hit: its texts read once for the page, the highlight marked in them.
  const highlights = async (result: SearchResult) => {
    const texts = await ds.query<Array<{ id: string; title: string; description: string }>>(
      `SELECT id, title, description FROM activities WHERE id = ANY($1::uuid[])`,
      [result.hits.map((hit) => hit.activityId)],
    );
    const byId = new Map(texts.map((row) => [row.id, row]));
    const highlight = pageHighlighter(result);
    return result.hits.map((hit) => highlight(hit, byId.get(hit.activityId)!));
  };

  beforeAll(async () => {
    ({ db, ds } = await fixtureDatabase());
    fixture = await createSearchFixture(ds);
    engine = await under.create(ds);
    const { documents } = await engine.reindex();
    expect(documents).toBe(SEARCHABLE.length);
  });

  afterAll(async () => {
    if (engine) await under.dispose?.(engine);
    await engine?.close();
    await ds?.destroy();
    await db?.drop();
  });

  it('answers with its own name', async () => {
    expect((await search()).engine).toBe(under.name);
  });

  describe('text', () => {
    it.each([
      ['Dutch stemming: a plural finds the singular', 'zonneboten', ['zonneboot']],
      ['Dutch stemming: robots finds robot', 'robots', ['robotdoolhof', 'robotfinale']],
      ['accents: beta finds bèta', 'beta', ['speeddate']],
      ['accents: bèta finds bèta', 'bèta', ['speeddate']],
      [
        'accents: fryslan finds Fryslân (and the online activity offered there)',
        'fryslan',
        ['dijken', 'windpark'],
      ],
      ['typos: energi finds energie', 'energi gastles', ['energietransitie']],
      [
        'typos: progameren finds programmeren; meisjes finds the target group GIRLS',
        'progameren meisjes',
        ['speeddate'],
      ],
      ['prefix: robo finds robots and robotica', 'robo', ['robotdoolhof', 'robotfinale']],
      ['prefix: zonnepa finds zonnepanelen', 'zonnepa', ['energietransitie']],
      [
        'synonyms: informatica finds ICT and programmeren',
        'informatica',
        ['robotdoolhof', 'robotfinale', 'speeddate'],
      ],
      ['synonyms: gastcollege finds every gastles', 'gastcollege', ['drones', 'energietransitie']],
      ['synonyms: excursie finds every bedrijfsbezoek', 'excursie', ['chemiebezoek', 'windpark']],
      ['synonyms: meiden finds activities for girls', 'meiden', ['speeddate']],
      // A synonym of several words: the short form finds it written out, and written out it finds the short form.
      ['multi-word synonym: ai finds kunstmatige intelligentie', 'ai', ['speeddate', 'robotdoolhof']],
      [
        'multi-word synonym: kunstmatige intelligentie finds AI',
        'kunstmatige intelligentie',
        ['speeddate', 'robotdoolhof'],
      ],
      // In another order the words are two words, each of which must match: not the short form.
      [
        'multi-word synonym: its words in another order are no synonym',
        'intelligentie kunstmatige',
        ['robotdoolhof'],
      ],
      ['the company name is searchable', 'codefabriek', ['sollicitatie', 'speeddate']],
      ['every word must match', 'drinkwater waterzuivering', ['waterzuivering']],
      // Short words carry no typo that reaches their inflections: only the stem joins them.
      ['short-word stemming: boten finds boot', 'zonne boten', ['zonneboot']],
      // ... and the part of a compound: landbouw is land + bouw.
      ['short-word stemming: bouwen finds bouw and bouwen', 'bouwen', ['zonneboot', 'robotfinale', 'drones']],
      ['a last word of one letter is no prefix', 'r', []],
      ['a word nobody uses finds nothing', 'kwantumcomputer', []],
    ])('%s (%s)', async (_, query, expected) => {
      const result = await search({ query });
      expect(sorted(result)).toEqual([...expected].sort());
      expect(result.total).toBe(expected.length);
    });

    it.each([
      [`' " & | ! : * \\ ( ) <->`, SEARCHABLE],
      ['   ', SEARCHABLE],
      ['🚀🤖', SEARCHABLE],
      ['energie & | !', ['energietransitie', 'windpark', 'zonneboot']],
      ['(robot)', ['robotdoolhof', 'robotfinale']],
      ['robot:* & !', ['robotdoolhof', 'robotfinale']],
      ["'; DROP TABLE activities; --", []],
    ])('treats search syntax as plain text: %j', async (query, expected) => {
      const result = await search({ query });
      expect(sorted(result)).toEqual([...expected].sort());
      const [{ n }] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM activities`);
      expect(n).toBe(Object.keys(ACTIVITIES).length);
    });

    it('highlights the matched words and escapes the rest', async () => {
      const result = await search({ query: 'zonneboot' });
      expect(result.hits).toHaveLength(1);
      const [highlight] = await highlights(result);
      expect(highlight).toContain('<mark>zonneboot</mark>');
      expect(highlight).not.toMatch(/[\uE000\uE001]/);
      expect((await highlights(await search())).every((h) => h === null)).toBe(true);
    });

    // Marks cover whole words, whether the word matched as typed, as a prefix or with a typo.
    it.each([
      ['a prefix', 'robo', /<mark>Robotica<\/mark>-finale/],
      ['a typo', 'zonnebot', /<mark>zonneboot<\/mark>/],
      ['a stem', 'bouwen', /<mark>Bouw<\/mark> je eigen/],
    ])('highlights the whole word matched through %s (%s)', async (_, query, expected) => {
      const marked = (await highlights(await search({ query }))).join('\n');
      expect(marked).toMatch(expected);
      // No mark ends inside a word.
      expect(marked).not.toMatch(/<\/mark>[\p{L}\p{N}]/u);
    });

    it('orders ties by activity id', async () => {
      const result = await search({ sort: SearchSort.RATING });
      const unrated = result.hits
        .map((hit) => hit.activityId)
        .filter((id) => ACTIVITIES[fixture.keyOf.get(id) as string].values.averageRating == null);
      expect(unrated.length).toBeGreaterThan(2);
      expect(unrated).toEqual([...unrated].sort());
    });

    it('ranks a title match above a description match', async () => {
      // "Bouw" is in the title of the zonneboot, a part of the compound "landbouw" in the title of the drones,
      // "bouwen" only in the description of the robotfinale.
      expect(keysOf(await search({ query: 'bouw' }))).toEqual(['zonneboot', 'drones', 'robotfinale']);
    });
  });

  describe('filters', () => {
    it.each<[string, Partial<SearchRequest>, string[]]>([
      [
        'provinces',
        { filters: { provinces: [Province.NOORD_BRABANT] } },
        ['dijken', 'energietransitie', 'zonneboot'],
      ],
      [
        'provinces (two values)',
        { filters: { provinces: [Province.UTRECHT, Province.LIMBURG] } },
        ['chemiebezoek', 'dijken', 'robotdoolhof', 'robotfinale'],
      ],
      [
        'levels',
        { filters: { levels: [EducationLevel.HAVO] } },
        ['chemiebezoek', 'docentstage', 'energietransitie', 'speeddate', 'zonneboot'],
      ],
      ['types', { filters: { types: [ActivityType.GUEST_LESSON] } }, ['drones', 'energietransitie']],
      ['programmes', { filters: { programmes: ['JINC'] } }, ['sollicitatie', 'waterzuivering']],
      ['targetGroups', { filters: { targetGroups: ['GIRLS'] } }, ['speeddate']],
      ['themes', { filters: { themes: ['water'] } }, ['dijken', 'waterzuivering']],
      ['delivery', { filters: { delivery: ['ONLINE'] } }, ['dijken']],
      [
        'startsAfter (undated activities drop out)',
        { startsAfter: new Date('2026-10-01T00:00:00Z') },
        [
          'chemiebezoek',
          'docentstage',
          'drones',
          'robotdoolhof',
          'robotfinale',
          'speeddate',
          'waterzuivering',
          'zonneboot',
        ],
      ],
      [
        'startsBefore (inclusive)',
        { startsBefore: new Date('2026-10-01T09:00:00Z') },
        ['drones', 'energietransitie', 'sollicitatie', 'windpark'],
      ],
      [
        'maxCostEuros 0 (free only)',
        { maxCostEuros: 0 },
        SEARCHABLE.filter((key) => !['robotdoolhof', 'chemiebezoek', 'robotfinale'].includes(key)),
      ],
      [
        'maxCostEuros 10',
        { maxCostEuros: 10 },
        SEARCHABLE.filter((k) => !['robotdoolhof', 'chemiebezoek'].includes(k)),
      ],
      [
        'provinces and levels combined',
        { filters: { provinces: [Province.NOORD_BRABANT, Province.UTRECHT], levels: [EducationLevel.HAVO] } },
        ['energietransitie', 'zonneboot'],
      ],
      [
        'text, province, cost and dates combined',
        {
          query: 'energie',
          filters: { provinces: [Province.NOORD_BRABANT] },
          maxCostEuros: 0,
          startsAfter: new Date('2026-09-01T00:00:00Z'),
          startsBefore: new Date('2026-12-31T00:00:00Z'),
        },
        ['energietransitie', 'zonneboot'],
      ],
      [
        'every filter at once',
        {
          query: 'gastles',
          filters: {
            provinces: [Province.OVERIJSSEL],
            levels: [EducationLevel.MBO],
            types: [ActivityType.GUEST_LESSON],
            programmes: ['TECHNET'],
            targetGroups: ['ALL_PUPILS'],
            themes: ['voeding en agri'],
            delivery: ['AT_SCHOOL'],
          },
          point: PLACES.zwolle,
          radiusKm: 10,
          startsAfter: new Date('2026-09-30T00:00:00Z'),
          startsBefore: new Date('2026-10-02T00:00:00Z'),
          maxCostEuros: 0,
        },
        ['drones'],
      ],
    ])('%s', async (_, overrides, expected) => {
      const result = await search(overrides);
      expect(sorted(result)).toEqual([...expected].sort());
      expect(result.total).toBe(expected.length);
    });
  });

  describe('distance', () => {
    it.each([
      ['Oss', 30, PLACES.oss],
      ['Oss', 50, PLACES.oss],
      ['Utrecht', 120, PLACES.utrecht],
      ['Groningen', 300, PLACES.groningen],
    ])('finds exactly the activities within %s + %d km, as haversine says', async (_, radiusKm, point) => {
      const result = await search({ point, radiusKm });
      const expected = byDistance(point, fixture, SEARCHABLE)
        .filter((entry) => entry.km <= radiusKm)
        .map((entry) => entry.key);
      expect(expected.length).toBeGreaterThan(0);
      expect(sorted(result)).toEqual(expected.sort());
      for (const hit of result.hits) {
        const key = fixture.keyOf.get(hit.activityId) as string;
        expect(hit.distanceKm).toBeCloseTo(haversineKm(point, fixture.pointOf[key]), 1);
      }
    });

    it('sorts by distance, nearest first, with every distance given', async () => {
      const result = await search({ point: PLACES.oss, sort: SearchSort.DISTANCE });
      expect(sorted(result)).toEqual([...SEARCHABLE].sort());
      const distances = result.hits.map((hit) => hit.distanceKm as number);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(keysOf(result)[0]).toBe('zonneboot');
      const expected = byDistance(PLACES.oss, fixture, SEARCHABLE).map((e) => Math.round(e.km * 10) / 10);
      expect(distances.map((km) => Math.round(km * 10) / 10)).toEqual(expected.sort((a, b) => a - b));
    });

    it('gives no distance without a point', async () => {
      expect((await search()).hits.every((hit) => hit.distanceKm === null)).toBe(true);
    });
  });

  describe('sorting and paging', () => {
    it('without a query, RELEVANCE is newest first', async () => {
      expect(keysOf(await search())).toEqual([...SEARCHABLE].reverse());
    });

    it('sorts by start date, undated last', async () => {
      const result = await search({ sort: SearchSort.START_DATE });
      const starts = keysOf(result).map((key) => ACTIVITIES[key].values.startsAt?.getTime() ?? Infinity);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(keysOf(result).at(-1)).toBe('dijken');
    });

    it('sorts by rating, unrated last', async () => {
      const result = await search({ sort: SearchSort.RATING });
      expect(keysOf(result).slice(0, 5)).toEqual([
        'robotfinale',
        'zonneboot',
        'robotdoolhof',
        'energietransitie',
        'chemiebezoek',
      ]);
    });

    it('pages through every hit exactly once', async () => {
      const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, pageSize: 5 })));
      expect(pages.map((p) => p.hits.length)).toEqual([5, 5, 2, 0]);
      expect(pages.every((p) => p.total === SEARCHABLE.length && p.pageSize === 5)).toBe(true);
      const all = pages.flatMap(keysOf);
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual([...SEARCHABLE].sort());
    });

    it('pages a text search in a stable order', async () => {
      const full = keysOf(await search({ query: 'informatica' }));
      const paged = [
        ...keysOf(await search({ query: 'informatica', page: 1, pageSize: 2 })),
        ...keysOf(await search({ query: 'informatica', page: 2, pageSize: 2 })),
      ];
      expect(paged).toEqual(full);
    });
  });

  describe('facets', () => {
    const countOf = (result: SearchResult, field: FacetField, value: string) =>
      result.facets.find((facet) => facet.field === field)?.values.find((v) => v.value === value)?.count ?? 0;

    it('counts every field over all hits', async () => {
      const result = await search();
      expect(result.facets.map((facet) => facet.field)).toEqual([...FACET_FIELDS]);
      const provinces = Object.fromEntries(
        result.facets.find((f) => f.field === 'provinces')?.values.map((v) => [v.value, v.count]) ?? [],
      );
      expect(provinces).toEqual({
        NOORD_BRABANT: 3,
        UTRECHT: 3,
        NOORD_HOLLAND: 3,
        OVERIJSSEL: 3,
        GRONINGEN: 2,
        LIMBURG: 2,
        GELDERLAND: 2,
        FRYSLAN: 2,
        DRENTHE: 1,
        FLEVOLAND: 1,
        ZEELAND: 1,
        ZUID_HOLLAND: 1,
      });
      expect(countOf(result, 'themes', 'energie')).toBe(3);
      expect(countOf(result, 'delivery', 'AT_PROVIDER')).toBe(6);
    });

    it('is disjunctive: a field is counted without its own filter', async () => {
      const result = await search({ filters: { provinces: [Province.NOORD_BRABANT] } });
      expect(result.total).toBe(3);
      // The other provinces still show what choosing them would add.
      expect(countOf(result, 'provinces', 'UTRECHT')).toBe(3);
      // Other fields are counted within Noord-Brabant.
      expect(countOf(result, 'types', 'WORKSHOP')).toBe(1);
      expect(countOf(result, 'types', 'COMPETITION')).toBe(0);
    });

    it.each<[string, Partial<SearchRequest>]>([
      ['no filter', {}],
      ['a text query', { query: 'energie' }],
      [
        'two fields filtered',
        { filters: { provinces: [Province.NOORD_BRABANT], levels: [EducationLevel.HAVO] } },
      ],
      [
        'two values of a field and a theme',
        { filters: { types: [ActivityType.GUEST_LESSON, ActivityType.COMPANY_VISIT], themes: ['energie'] } },
      ],
      ['a radius and a cost limit', { point: PLACES.utrecht, radiusKm: 150, maxCostEuros: 10 }],
    ])('counts equal the totals of the filtered searches (%s)', async (_, base) => {
      const result = await search(base);
      expect(result.total).toBe(result.hits.length);
      for (const field of FACET_FIELDS) {
        for (const value of FACET_VALUES[field]) {
          const filtered = await search({
            ...base,
            filters: { ...base.filters, [field]: [value] },
            pageSize: 1,
            facets: false,
          });
          expect({ field, value, count: countOf(result, field, value) }).toEqual({
            field,
            value,
            count: filtered.total,
          });
        }
      }
    });
  });

  describe('what is never found', () => {
    it('finds no archived, draft or unapproved activity', async () => {
      for (const query of ['archief', 'concept', 'geheime', 'geheim ingenieursbureau']) {
        expect((await search({ query })).total).toBe(0);
      }
      expect(sorted(await search({ query: 'gastles zonnepanelen' }))).toEqual(['energietransitie']);
      expect(sorted(await search())).toEqual([...SEARCHABLE].sort());
    });
  });

  describe('sync', () => {
    // The api drops a hit whose activity is no longer published; the index must never hold one after the
    // change commits, or a page comes back short while the total still counts it.
    it('drops what stops being searchable in the transaction that changes it, and keeps it on a rollback', async () => {
      const { drones, sollicitatie } = fixture.ids;
      const [{ companyId }] = await ds.query<Array<{ companyId: string }>>(
        `SELECT l.company_id AS "companyId" FROM activities a JOIN company_locations l ON l.id = a.location_id
          WHERE a.id = $1`,
        [sollicitatie],
      );
      await expect(
        Tx.run(ds, async (tx) => {
          await tx.query(`UPDATE activities SET status = 'ARCHIVED', updated_at = now() WHERE id = $1`, [
            drones,
          ]);
          await engine.dropUnsearchable(tx, { activityIds: [drones] });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect((await search()).total).toBe(SEARCHABLE.length);

      await Tx.run(ds, async (tx) => {
        await tx.query(`UPDATE activities SET status = 'ARCHIVED', updated_at = now() WHERE id = $1`, [
          drones,
        ]);
        await engine.dropUnsearchable(tx, { activityIds: [drones] });
      });
      await Tx.run(ds, async (tx) => {
        await tx.query(`UPDATE companies SET approved = false, updated_at = now() WHERE id = $1`, [
          companyId,
        ]);
        await engine.dropUnsearchable(tx, { companyIds: [companyId] });
      });
      const gone = ['drones', 'sollicitatie', 'speeddate'];
      const page = await search({ pageSize: 5 });
      expect(page.total).toBe(SEARCHABLE.length - gone.length);
      expect(page.hits).toHaveLength(5);
      const all = await search();
      expect(sorted(all)).toEqual(SEARCHABLE.filter((key) => !gone.includes(key)).sort());

      await ds.query(`UPDATE activities SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`, [
        drones,
      ]);
      await ds.query(`UPDATE companies SET approved = true, updated_at = now() WHERE id = $1`, [companyId]);
      await engine.sync([drones, sollicitatie, fixture.ids.speeddate]);
      expect((await search()).total).toBe(SEARCHABLE.length);
    });

    it('removes an archived activity, adds it back when published again, and follows a rename', async () => {
      const id = fixture.ids.windpark;
      await ds.query(`UPDATE activities SET status = 'ARCHIVED', updated_at = now() WHERE id = $1`, [id]);
      expect(await engine.sync([id])).toEqual({ upserted: 0, removed: 1 });
      expect((await search({ query: 'windpark' })).total).toBe(0);
      // The facets of a search without text follow the removal too (each activity has one delivery).
      const without = await search();
      expect(without.total).toBe(SEARCHABLE.length - 1);
      const deliveries = without.facets.find((facet) => facet.field === 'delivery')?.values ?? [];
      expect(deliveries.reduce((sum, value) => sum + value.count, 0)).toBe(SEARCHABLE.length - 1);

      await ds.query(`UPDATE activities SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`, [id]);
      await ds.query(
        `UPDATE companies SET name = 'Waddenwind Energie' WHERE name = 'Noordelijke Waterwerken'`,
      );
      expect(await engine.sync([id, id])).toEqual({ upserted: 1, removed: 0 });
      expect(keysOf(await search({ query: 'waddenwind' }))).toEqual(['windpark']);
      // Idempotent; PostgreSQL compares and writes nothing for an unchanged document, Meilisearch gets it again.
      expect(await engine.sync([id])).toEqual({ upserted: under.name === 'postgres' ? 0 : 1, removed: 0 });
      expect((await search()).total).toBe(SEARCHABLE.length);
    });
  });
});

// The PostgreSQL engine's reindex builds a new table: it must come out with the live table's indexes (the
// covering ones that searches without text and within a radius read) and storage parameters.
describe('postgres reindex', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    ({ db, ds } = await fixtureDatabase());
    await createSearchFixture(ds);
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const catalog = async () => ({
    indexes: (
      await ds.query<Array<{ def: string }>>(
        `SELECT indexdef AS def FROM pg_indexes WHERE tablename = 'search_documents' ORDER BY indexname`,
      )
    ).map((row) => row.def),
    triggers: (
      await ds.query<Array<{ name: string }>>(
        `SELECT tgname AS name FROM pg_trigger
          WHERE tgrelid = 'search_documents'::regclass AND NOT tgisinternal ORDER BY tgname`,
      )
    ).map((row) => row.name),
    options: (
      await ds.query<Array<{ options: string[] | null }>>(
        `SELECT reloptions AS options FROM pg_class WHERE oid = 'search_documents'::regclass`,
      )
    )[0].options,
  });

  it('keeps the indexes and storage parameters of the live table', async () => {
    const before = await catalog();
    expect(before.indexes.join('\n')).toContain('search_documents_newest_idx');
    expect(before.indexes.join('\n')).toContain('search_documents_lat_idx');
    expect(before.options).toEqual(['parallel_workers=0']);
    expect(before.triggers).toEqual([
      'search_facet_counts_delete',
      'search_facet_counts_insert',
      'search_facet_counts_update',
      'search_index_generation_delete',
      'search_index_generation_insert',
      'search_index_generation_update',
    ]);
    const engine = new PostgresSearchEngine(ds, { vocabularyCacheMs: 0 });
    expect((await engine.reindex()).documents).toBe(SEARCHABLE.length);
    expect(await catalog()).toEqual(before);
    // Twice: the second build copies from a table the first one built.
    await engine.reindex();
    expect(await catalog()).toEqual(before);
  });

  // Documents per combination of facet masks, as counted from search_documents and as kept in
  // search_facet_counts: the rows where the two differ.
  const countDifferences = async () =>
    ds.query<unknown[]>(
      `WITH live AS (SELECT ${MASKS}, count(*)::int AS documents FROM search_documents GROUP BY ${MASKS}),
            kept AS (SELECT ${MASKS}, documents FROM search_facet_counts)
       (SELECT 'live' AS side, * FROM (TABLE live EXCEPT TABLE kept) l)
       UNION ALL (SELECT 'kept', * FROM (TABLE kept EXCEPT TABLE live) k)`,
    );

  it('keeps the facet counts of every combination exact through reindexes, syncs and deletes', async () => {
    const engine = new PostgresSearchEngine(ds, { vocabularyCacheMs: 0 });
    await engine.reindex();
    const [{ n }] = await ds.query<Array<{ n: number }>>(
      `SELECT sum(documents)::int AS n FROM search_facet_counts`,
    );
    expect(n).toBe(SEARCHABLE.length);
    expect(await countDifferences()).toEqual([]);

    const ids = (await ds.query<Array<{ id: string }>>(`SELECT activity_id AS id FROM search_documents`)).map(
      (row) => row.id,
    );
    // A sync that changes facet masks (an update), one that removes a document (a delete), and a sync of
    // everything (updates that change nothing).
    await ds.query(
      `UPDATE activities SET levels = ARRAY['MBO'], delivery = 'ONLINE', updated_at = now() WHERE id = $1`,
      [ids[0]],
    );
    await ds.query(`UPDATE activities SET status = 'ARCHIVED', updated_at = now() WHERE id = $1`, [ids[1]]);
    expect(await engine.sync([ids[0], ids[1]])).toEqual({ upserted: 1, removed: 1 });
    expect(await countDifferences()).toEqual([]);
    await engine.sync(ids);
    expect(await countDifferences()).toEqual([]);
    // Published again (an insert), then deleted at the source (a cascade).
    await ds.query(`UPDATE activities SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`, [ids[1]]);
    expect(await engine.sync([ids[1]])).toEqual({ upserted: 1, removed: 0 });
    expect(await countDifferences()).toEqual([]);
    await ds.query(`DELETE FROM activities WHERE id = $1`, [ids[1]]);
    expect(await countDifferences()).toEqual([]);
    const [{ left }] = await ds.query<Array<{ left: number }>>(
      `SELECT sum(documents)::int AS left FROM search_facet_counts`,
    );
    expect(left).toBe(SEARCHABLE.length - 1);
  });

  // Index jobs run side by side in the worker: one activity's job, a company's (all its activities), a sweep
  // (everything changed, in version order). Each must succeed on its first attempt, whatever the order of its ids
  // and whichever documents it upserts or deletes, and the counts must stay exact.
  it('runs concurrent syncs of overlapping activities without a deadlock', async () => {
    const engine = new PostgresSearchEngine(ds, { vocabularyCacheMs: 0 });
    await engine.reindex();
    const ids = (await ds.query<Array<{ id: string }>>(`SELECT id FROM activities ORDER BY id`)).map(
      (row) => row.id,
    );
    const failures: unknown[] = [];
    for (let round = 0; round < 12; round += 1) {
      // Some documents change masks, some leave the index and some come back, so that the syncs update,
      // delete and insert rows and facet counts.
      await ds.query(
        `UPDATE activities SET
           status = CASE WHEN status = 'PUBLISHED' AND (hashtext(id::text || $1) & 3) = 0 THEN 'ARCHIVED'
                         WHEN status = 'ARCHIVED' AND (hashtext(id::text || $1) & 1) = 0 THEN 'PUBLISHED'
                         ELSE status END,
           delivery = CASE WHEN (hashtext(id::text || $1) & 4) = 0 THEN 'ONLINE' ELSE 'AT_SCHOOL' END,
           updated_at = now()`,
        [String(round)],
      );
      const orders = [ids, [...ids].reverse(), ids.filter((_, i) => i % 2 === round % 2), ids.slice(3)];
      const results = await Promise.allSettled(orders.map((order) => engine.sync(order)));
      for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
    }
    expect(failures).toEqual([]);
    expect(await countDifferences()).toEqual([]);
  });

  // Why the syncs above cannot deadlock, whatever order the source gives the documents in: a sync waiting for the
  // facet counts holds no document yet. (When it took that lock in the trigger, after its upsert, it held the row.)
  it('waits for the facet-count lock before it locks any document', async () => {
    const engine = new PostgresSearchEngine(ds, { vocabularyCacheMs: 0 });
    await engine.reindex();
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `SELECT activity_id AS id FROM search_documents ORDER BY activity_id LIMIT 1`,
    );
    // Changed, so that the sync writes the document (an unchanged one is left alone).
    await ds.query(
      `UPDATE activities SET title = title || ' (bijgewerkt)', updated_at = now() WHERE id = $1`,
      [id],
    );
    const holder = ds.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT pg_advisory_xact_lock(hashtext('search_facet_counts'))`);
      const sync = engine.sync([id]);
      const waiting = async () =>
        (
          await ds.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM pg_locks
              WHERE locktype = 'advisory' AND NOT granted
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          )
        )[0].n > 0;
      while (!(await waiting())) await new Promise((resolve) => setTimeout(resolve, 10));
      // The sync waits, and its document is free: NOWAIT would fail with 55P03 if the sync held it.
      const locked = await holder.query(
        `SELECT activity_id FROM search_documents WHERE activity_id = $1 FOR UPDATE NOWAIT`,
        [id],
      );
      expect(locked).toHaveLength(1);
      await holder.commitTransaction();
      expect(await sync).toEqual({ upserted: 1, removed: 0 });
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });
});

// The sweep catches up on lost index jobs. On an unchanged database it must write nothing: it once rewrote every
// document every minute, for ever, leaving dead rows that slowed every search down.
describe('search sweep', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let fixture: Fixture;
  let engine: PostgresSearchEngine;
  let processor: SearchIndexProcessor;

  beforeAll(async () => {
    ({ db, ds } = await fixtureDatabase());
    fixture = await createSearchFixture(ds);
    engine = new PostgresSearchEngine(ds, { vocabularyCacheMs: 0 });
    processor = new SearchIndexProcessor(engine, ds);
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  // A row's xmin changes with every write to it (a new row version), and only then.
  const rowVersions = async (table: string, key: string) =>
    new Map(
      (
        await ds.query<Array<{ key: string; xmin: string }>>(
          `SELECT ${key}::text AS key, xmin::text AS xmin FROM ${table}`,
        )
      ).map((row) => [row.key, row.xmin]),
    );
  const documents = () => rowVersions('search_documents', 'activity_id');
  const rewritten = (before: Map<string, string>, after: Map<string, string>) =>
    [...new Set([...before.keys(), ...after.keys()])]
      .filter((id) => before.get(id) !== after.get(id))
      .map((id) => fixture.keyOf.get(id) ?? id)
      .sort();
  const idsOf = async (query: string) =>
    (await engine.search(request({ query }))).hits.map((hit) => fixture.keyOf.get(hit.activityId));

  // A sweep takes what was written before the oldest transaction still running (in any database of the
  // server) as seen; other suites' transactions must not make it look again here.
  const settled = async () => {
    const [{ now }] = await ds.query<Array<{ now: string }>>(`SELECT pg_current_xact_id()::text AS now`);
    await waitFor('older transactions to end', async () => {
      const [{ ended }] = await ds.query<Array<{ ended: boolean }>>(
        `SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 AS ended`,
        [now],
      );
      return ended;
    });
  };

  it('syncs every activity once, then nothing while nothing changes', async () => {
    await settled();
    const first = await processor.sweep();
    expect(first.synced).toBe(Object.keys(ACTIVITIES).length);
    const indexed = await documents();
    expect(indexed.size).toBe(SEARCHABLE.length);
    const words = await rowVersions('search_words', 'word');
    const counts = await rowVersions('search_facet_counts', 'ctid');
    const state = await rowVersions('search_sweep_state', 'engine');
    const generation = await rowVersions('search_index_state', 'generation');

    expect(await processor.sweep()).toEqual({ synced: 0 });
    expect(await processor.sweep()).toEqual({ synced: 0 });
    expect(rewritten(indexed, await documents())).toEqual([]);
    expect(await rowVersions('search_words', 'word')).toEqual(words);
    expect(await rowVersions('search_facet_counts', 'ctid')).toEqual(counts);
    // Not even the sweep's own row: an idle sweep writes no row at all.
    expect(await rowVersions('search_sweep_state', 'engine')).toEqual(state);
    // Nor the index generation: the results cached in the apps stay valid.
    expect(await rowVersions('search_index_state', 'generation')).toEqual(generation);
  });

  it('writes nothing when an unchanged document is synced', async () => {
    const before = await documents();
    expect(await engine.sync([fixture.ids.windpark, fixture.ids.drones])).toEqual({
      upserted: 0,
      removed: 0,
    });
    expect(rewritten(before, await documents())).toEqual([]);
  });

  it('syncs an edited activity in the next sweep, and only it', async () => {
    const before = await documents();
    await ds.query(
      `UPDATE activities SET title = 'Drones boven de bollenvelden', updated_at = now() WHERE id = $1`,
      [fixture.ids.drones],
    );
    await settled();
    expect(await processor.sweep()).toEqual({ synced: 1 });
    expect(rewritten(before, await documents())).toEqual(['drones']);
    expect(await idsOf('bollenvelden')).toEqual(['drones']);
  });

  it('picks up a change committed after a sweep looked, with an updated_at older than that sweep', async () => {
    const late = ds.createQueryRunner();
    await late.connect();
    try {
      await late.startTransaction();
      await late.query(
        `UPDATE activities SET title = 'Windpark op de Waddenzee, laat bevestigd', updated_at = now() - interval '1 minute'
          WHERE id = $1`,
        [fixture.ids.windpark],
      );
      // This sweep cannot see the change yet; its watermark is later than the change's updated_at.
      await processor.sweep();
      expect(await idsOf('bevestigd')).toEqual([]);
      await late.commitTransaction();
    } finally {
      await late.release();
    }
    const before = await documents();
    await processor.sweep();
    expect(rewritten(before, await documents())).toEqual(['windpark']);
    expect(await idsOf('bevestigd')).toEqual(['windpark']);
  });
});

// Dutch compounds and words written together or apart, on demo-like texts (the judged relevance fixture): the
// examples of issue 15, and bad input that must give ordinary results or none, never an error.
describe.each(ENGINES)('compounds, words together or apart: $name', (under) => {
  let db: TestDatabase;
  let ds: DataSource;
  let engine: SearchEngine;
  let fixture: RelevanceFixture;

  const keys = async (query: string) =>
    (await engine.search(request({ query }))).hits.map((hit) => fixture.keyOf.get(hit.activityId)).sort();

  beforeAll(async () => {
    ({ db, ds } = await fixtureDatabase());
    fixture = await writeRelevanceFixture(ds);
    engine = await under.create(ds);
    await engine.reindex();
  });

  afterAll(async () => {
    if (engine) await under.dispose?.(engine);
    await engine?.close();
    await ds?.destroy();
    await db?.drop();
  });

  it.each([
    // A part of a compound finds it, inflected too: robotstofzuigers is robot + stofzuigers.
    ['stofzuigers', ['robotstofzuigerWebcast', 'stofzuigerOntwerp']],
    ['stofzuiger webcast', ['robotstofzuigerWebcast']],
    ['netbeheer gastles', ['energieopslagGastles']],
    ['pompen', ['warmtepompFabriek', 'warmtepompGastles']],
    // Written apart or with a hyphen, the compound is found, and the other way round.
    ['warmte pomp', ['warmtepompFabriek', 'warmtepompGastles']],
    ['warmte-pomp', ['warmtepompFabriek', 'warmtepompGastles']],
    ['warmtepomp', ['warmtepompFabriek', 'warmtepompGastles']],
    ['energie opslag', ['energieopslagGastles']],
    ['energieopslag', ['energieopslagGastles']],
    ['3dprinten', ['geprinteHuizen', 'printenWorkshop']],
    // The last word is a prefix: print:* also finds "3D-printer".
    ['3d printen', ['geprinteHuizen', 'handprothese', 'printenWorkshop']],
    ['windmolen fabriek', ['windmolenBezoek']],
    // A typo in a compound.
    ['warmtepmop', ['warmtepompFabriek', 'warmtepompGastles']],
    // The apostrophe of a plural.
    ["auto's", ['autogarage', 'elektrischeAutos']],
    ["elektrische auto's", ['elektrischeAutos']],
  ])('%s', async (query, expected) => {
    expect(await keys(query)).toEqual([...expected].sort());
  });

  it('highlights the compound that a part of it found', async () => {
    const result = await engine.search(request({ query: 'stofzuiger webcast' }));
    // As the api shows it: the hit's texts read once for the page, the highlight marked in them.
    const [texts] = await ds.query<Array<{ title: string; description: string }>>(
      `SELECT title, description FROM activities WHERE id = $1`,
      [result.hits[0].activityId],
    );
    expect(pageHighlighter(result)(result.hits[0], texts)).toContain('<mark>robotstofzuigers</mark>');
  });

  it.each([
    ['a word of 60 letters', 'a'.repeat(60)],
    ['a compound of 60 letters', 'warmtepomp'.repeat(6)],
    ['a word that splits into many parts', 'gastles'.repeat(5)],
    ['many compounds', 'warmtepomp energieopslag netbeheerder robotstofzuigers '.repeat(4)],
    ['only linking letters', 's e en s e'],
    ['emoji inside a compound', 'warmte🔥pomp'],
    ['mixed scripts', 'warmteпомп стофзуйгер'],
  ])('answers bad input without an error: %s', async (_, query) => {
    const result = await engine.search(request({ query }));
    expect(result.total).toBe(result.hits.length);
  });
});

// A Meilisearch server that takes the connection and never answers: a search fails within the client's request
// timeout instead of holding the request for minutes. Needs no real server, so it always runs.
describe('meilisearch engine against a server that does not answer', () => {
  let server: Server;
  let host: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails a search within its request timeout', async () => {
    const stems = {
      query: (_sql: string, [words]: [string[]]) =>
        Promise.resolve(words.map((word) => ({ word, stem: word }))),
    } as unknown as DataSource;
    const engine = new MeilisearchSearchEngine(stems, { host, index: 'activities', requestTimeoutMs: 300 });
    const started = Date.now();
    const failure = await engine.search(request({ query: 'energie' })).then(
      () => null,
      (error: unknown) => error as Error & { cause?: Error },
    );
    // The client wraps its timeout in a request error.
    expect(failure?.cause?.message ?? failure?.message).toMatch(/timed out after 300ms/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

// What only Meilisearch has: settings, task states, totals above its default cap. Each test uses an index of its
// own; with MEILI_URL unset the block says so and skips.
const meiliOnly = MEILI_URL ? describe : describe.skip;
if (!MEILI_URL) {
  console.log('Meilisearch: SKIPPED the Meilisearch-only cases (MEILI_URL is not set).');
}
meiliOnly('meilisearch engine only (MEILI_URL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const indexes: string[] = [];
  const client = async () => {
    const { Meilisearch } = await import('meilisearch');
    return new Meilisearch({ host: MEILI_URL as string, apiKey: process.env.MEILI_API_KEY });
  };
  const engineOn = (index: string) => {
    indexes.push(index);
    return new MeilisearchSearchEngine(ds, {
      host: MEILI_URL as string,
      apiKey: process.env.MEILI_API_KEY,
      index,
      waitForTasks: true,
    });
  };
  const newIndex = () => `tm_test_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    ({ db, ds } = await fixtureDatabase());
    await createSearchFixture(ds);
  });

  afterAll(async () => {
    const meili = await client();
    for (const index of indexes) await meili.deleteIndex(index).waitTask();
    await ds?.destroy();
    await db?.drop();
  });

  it('applies settings equal to the code and passes the start-up check', async () => {
    const index = newIndex();
    const engine = engineOn(index);
    await engine.setup();
    const live = await (await client()).index(index).getSettings();
    expect(settingsDiff(live, MEILISEARCH_SETTINGS)).toEqual([]);
    await expect(engine.verify()).resolves.toBeUndefined();
  });

  it('repairs an index that a sync created before setup, which the start-up check refuses until then', async () => {
    const index = newIndex();
    const engine = engineOn(index);
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `SELECT a.id FROM activities a WHERE a.status = 'PUBLISHED' LIMIT 1`,
    );
    await engine.sync([id]);
    await expect(engine.verify()).rejects.toThrow(/other settings than the code/);
    await engine.setup();
    await expect(engine.verify()).resolves.toBeUndefined();
    const result = await engine.search(
      request({ filters: { delivery: ['ONLINE', 'AT_SCHOOL', 'AT_PROVIDER'] } }),
    );
    expect(result.total).toBe(1);
    expect(result.facets.length).toBeGreaterThan(0);
  });

  it('fails a sync whose task fails (its job is retried)', async () => {
    const index = newIndex();
    const meili = await client();
    await meili.createIndex(index, { primaryKey: 'other' }).waitTask();
    const engine = engineOn(index);
    const [{ id }] = await ds.query<Array<{ id: string }>>(
      `SELECT a.id FROM activities a WHERE a.status = 'PUBLISHED' LIMIT 1`,
    );
    await expect(engine.sync([id])).rejects.toThrow(/Meilisearch task \d+ .* failed/);
  });

  it('counts more than 1,000 hits exactly', async () => {
    // 1,200 more published activities, copies of one of the fixture's.
    await ds.query(
      `INSERT INTO activities (id, title, description, type, programme, delivery, levels, target_groups, themes,
                               provinces, cost_euros, starts_at, status, published_at, location_id)
       SELECT gen_random_uuid(), a.title || ' ' || g, a.description, a.type, a.programme, a.delivery, a.levels,
              a.target_groups, a.themes, a.provinces, a.cost_euros, a.starts_at, 'PUBLISHED', now(), a.location_id
         FROM activities a, generate_series(1, 1200) g
        WHERE a.id = (SELECT id FROM activities WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1)`,
    );
    const engine = engineOn(newIndex());
    await engine.setup();
    const { documents } = await engine.reindex();
    expect(documents).toBeGreaterThan(1200);
    const result = await engine.search(request());
    expect(result.total).toBe(documents);
  });
});

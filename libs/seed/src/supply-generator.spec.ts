import { createHash } from 'node:crypto';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  TargetGroup,
  THEMES,
} from '@app/core';
import type { Pc4Point } from '@app/catalogue';
import { allocate, generateSupply, schoolYearStart, type SupplyOptions } from './supply-generator';
import { ACTIVITY_SHARE } from './supply-mix';

// A small made-up PC4 pool: one point per province plus the big and university towns.
const towns: Array<[string, Province]> = [
  ['Amsterdam', Province.NOORD_HOLLAND],
  ['Rotterdam', Province.ZUID_HOLLAND],
  ['Utrecht (gemeente)', Province.UTRECHT],
  ['Eindhoven', Province.NOORD_BRABANT],
  ['Groningen (gemeente)', Province.GRONINGEN],
  ['Leeuwarden', Province.FRYSLAN],
  ['Assen', Province.DRENTHE],
  ['Zwolle', Province.OVERIJSSEL],
  ['Lelystad', Province.FLEVOLAND],
  ['Wageningen', Province.GELDERLAND],
  ['Middelburg', Province.ZEELAND],
  ['Maastricht', Province.LIMBURG],
];
const pc4: Pc4Point[] = towns.flatMap(([municipality, province], i) =>
  [0, 1, 2].map((j) => ({
    pc4: String(1000 + i * 10 + j),
    lat: 51 + i * 0.1,
    lon: 4 + j * 0.1,
    city: municipality.replace(' (gemeente)', ''),
    municipality,
    province,
  })),
);

const options = (overrides: Partial<SupplyOptions> = {}): SupplyOptions => ({
  seed: 42,
  activities: 600,
  schoolYearStart: new Date(Date.UTC(2025, 7, 1)),
  pc4,
  schoolsPerPc4: new Map([['1000', 20]]),
  ...overrides,
});

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generateSupply', () => {
  const supply = generateSupply(options());

  it('is deterministic for the seed and differs for another seed', () => {
    expect(digest(generateSupply(options()))).toBe(digest(supply));
    expect(digest(generateSupply(options({ seed: 7 })))).not.toBe(digest(supply));
  });

  it('makes the requested volumes: all activities, one company per four by default', () => {
    expect(supply.activities).toHaveLength(600);
    expect(supply.companies).toHaveLength(150);
    expect(supply.locations.length).toBeGreaterThanOrEqual(150);
    expect(supply.locations.length).toBeLessThanOrEqual(450);
    expect(generateSupply(options({ companies: 40 })).companies).toHaveLength(40);
  });

  it('splits activities over the programmes exactly as the mix says', () => {
    const expected = allocate(600, ACTIVITY_SHARE);
    for (const programme of Object.values(Programme)) {
      expect(supply.activities.filter((a) => a.programme === programme)).toHaveLength(expected[programme]);
    }
  });

  it('keeps every reference and attribute consistent', () => {
    const locations = new Map(supply.locations.map((location) => [location.id, location]));
    const companies = new Map(supply.companies.map((company) => [company.id, company]));
    const points = new Map(pc4.map((point) => [point.pc4, point]));
    for (const location of supply.locations) {
      expect(companies.has(location.companyId)).toBe(true);
      expect(location.postcode).toMatch(/^[1-9]\d{3}[A-Z]{2}$/);
      expect(location.postcode.slice(4)).not.toMatch(/^S[ADS]$|[FIOQUY]/);
      expect(points.get(location.postcode.slice(0, 4))?.province).toBe(location.province);
      expect(location.municipality).not.toContain('(gemeente)');
    }
    const first = Date.UTC(2025, 7, 1);
    const last = Date.UTC(2027, 6, 31, 23, 59);
    for (const activity of supply.activities) {
      const location = locations.get(activity.locationId)!;
      const company = companies.get(location.companyId)!;
      expect(activity.levels.length).toBeGreaterThan(0);
      expect(activity.themes.every((theme) => (THEMES as readonly string[]).includes(theme))).toBe(true);
      if (!company.approved) expect(activity.status).toBe(ActivityStatus.DRAFT);
      expect(activity.publishedAt === null).toBe(activity.status === ActivityStatus.DRAFT);
      if (activity.delivery === Delivery.ONLINE) expect(activity.provinces).toHaveLength(12);
      else expect(activity.provinces).toEqual([location.province]);
      if (activity.delivery === Delivery.AT_SCHOOL) {
        expect(activity.maxTravelKm).toBeGreaterThanOrEqual(10);
        expect(activity.maxTravelKm).toBeLessThanOrEqual(60);
      } else expect(activity.maxTravelKm).toBeNull();
      if (activity.type === ActivityType.WEBCAST) expect(activity.delivery).toBe(Delivery.ONLINE);
      if (activity.startsAt) {
        expect(activity.startsAt.getTime()).toBeGreaterThanOrEqual(first);
        expect(activity.endsAt!.getTime()).toBeLessThanOrEqual(last);
        expect(activity.endsAt!.getTime()).toBeGreaterThanOrEqual(activity.startsAt.getTime());
      }
      expect(activity.costEuros).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives each programme its audience', () => {
    for (const activity of supply.activities) {
      switch (activity.programme) {
        case Programme.VHTO:
          expect(activity.targetGroups).toEqual([TargetGroup.GIRLS]);
          break;
        case Programme.JINC:
          expect(activity.targetGroups).toEqual([TargetGroup.DISADVANTAGED_YOUTH]);
          expect(
            activity.levels.every((l) => l === EducationLevel.PO_BOVENBOUW || l.startsWith('VMBO_')),
          ).toBe(true);
          break;
        case Programme.STEM_TEACHER_ACADEMY:
          expect(activity.targetGroups).toEqual([TargetGroup.TEACHERS]);
          break;
        case Programme.JET_NET_JUNIOR:
        case Programme.WETENSCHAPSKNOOPPUNT:
          expect(activity.levels.every((l) => l.startsWith('PO_'))).toBe(true);
          break;
        case Programme.TECHNET:
          expect(activity.levels.every((l) => l.startsWith('VMBO_') || l === EducationLevel.MBO)).toBe(true);
          break;
        case Programme.JET_NET:
        case Programme.INDEPENDENT:
          break;
      }
    }
  });

  it('scales to zero activities without failing', () => {
    const empty = generateSupply(options({ activities: 0, companies: 3 }));
    expect(empty.activities).toEqual([]);
    expect(empty.companies).toHaveLength(3);
  });
});

describe('allocate', () => {
  it('splits a total in proportion and adds up exactly', () => {
    const parts = allocate(7, { a: 1, b: 1, c: 1 });
    expect(parts.a + parts.b + parts.c).toBe(7);
    expect(Math.max(parts.a, parts.b, parts.c) - Math.min(parts.a, parts.b, parts.c)).toBeLessThanOrEqual(1);
    expect(allocate(100, { x: 0.17, y: 0.83 })).toEqual({ x: 17, y: 83 });
  });
});

describe('schoolYearStart', () => {
  it('starts the school year on 1 August', () => {
    expect(schoolYearStart(new Date('2026-07-31T12:00:00Z')).toISOString()).toBe('2025-08-01T00:00:00.000Z');
    expect(schoolYearStart(new Date('2026-08-01T00:00:00Z')).toISOString()).toBe('2026-08-01T00:00:00.000Z');
  });
});

// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Delivery, TargetGroup } from '../../../../../libs/core/src/enums';
import { messages } from './messages';
import { ACTIVITY_TABS, BOOKING_FILTERS, OFFER_FILTERS } from './search';

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

describe('company texts', () => {
  it('have a Dutch text for every id the pages name literally', () => {
    const ids = new Set<string>();
    for (const file of sources(import.meta.dirname)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](company\.[\w.]+)['"]/g))
        ids.add(match[1]);
    }
    expect(ids.size).toBeGreaterThan(50);
    expect([...ids].filter((id) => !messages.nl[id])).toEqual([]);
  });

  it('have a Dutch text for every value the pages name by an enum or a filter', () => {
    const ids = [
      ...Object.values(TargetGroup).map((v) => `company.targetGroup.${v}`),
      ...Object.values(Delivery).map((v) => `company.delivery.${v}`),
      ...['DRAFT', 'PUBLISHED', 'ARCHIVED'].flatMap((v) => [
        `company.activityStatus.${v}`,
        `company.preview.status.${v}`,
      ]),
      ...['REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED'].map(
        (v) => `company.bookingStatus.${v}`,
      ),
      ...['OPEN', 'WITHDRAWN'].map((v) => `company.offerStatus.${v}`),
      ...['all', ...Object.keys(BOOKING_FILTERS)].flatMap((v) => [
        `company.inbox.filter.${v}`,
        `company.inbox.none.${v}`,
      ]),
      ...['all', ...Object.keys(ACTIVITY_TABS)].flatMap((v) => [
        `company.activities.tab.${v}`,
        `company.activities.none.${v}`,
      ]),
      ...OFFER_FILTERS.map((v) => `company.supply.filter.${v}`),
    ];
    expect(ids.filter((id) => !messages.nl[id])).toEqual([]);
  });

  it('translate only ids that exist in Dutch', () => {
    expect(Object.keys(messages.en).filter((id) => !messages.nl[id])).toEqual([]);
  });
});

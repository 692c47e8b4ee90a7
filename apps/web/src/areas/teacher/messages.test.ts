// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOKING_STATUSES } from './booking-status';
import { messages } from './messages';

const here = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== 'messages.ts' ? [path] : [];
  });
}

// The ids the pages build from a value: each value the api can send has its text.
const BUILT = [
  ...BOOKING_STATUSES.map((s) => `teacher.status.${s}`),
  ...['TEACHER', 'COMPANY', 'COORDINATOR', 'ADMIN'].map((r) => `teacher.booking.cancelledBy.${r}`),
  ...['AT_SCHOOL', 'AT_PROVIDER', 'ONLINE'].map((d) => `teacher.delivery.${d}`),
  ...['OPEN', 'MATCHED', 'WITHDRAWN'].map((s) => `teacher.requests.status.${s}`),
  ...['WAITING', 'OFFERED', 'PLACED', 'WITHDRAWN'].map((s) => `teacher.waitlist.status.${s}`),
];

describe('teacher texts', () => {
  it('exist in Dutch for every id the pages use', () => {
    const used = new Set(BUILT);
    for (const file of sources(here)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`](teacher\.[A-Za-z0-9_.]+)['"`]/g)) {
        used.add(match[1]);
      }
    }
    expect([...used].filter((id) => !messages.nl[id])).toEqual([]);
  });

  it('are all translated to English, and English has no ids Dutch lacks', () => {
    const nl = Object.keys(messages.nl).sort();
    expect(Object.keys(messages.en).sort()).toEqual(nl);
  });
});

// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../app/messages';
import { FACET_FIELDS } from './search-state';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// Words that English writes the same way.
const SAME_IN_BOTH = new Set([
  'public.filters.title',
  'public.filters.radiusKm',
  'public.distance.km',
  'public.about.data.title',
]);

describe('public texts', () => {
  it('has a Dutch text for every id the public pages name', () => {
    const ids = new Set<string>();
    for (const file of sources(import.meta.dirname)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/id[=:] ?["'`{]*'?(public\.[\w.]+)/g)) {
        ids.add(match[1]);
      }
    }
    // Ids made from a value.
    for (const field of FACET_FIELDS) ids.add(`public.facet.${field}`);
    for (const view of ['list', 'map']) ids.add(`public.view.${view}`);
    expect(ids.size).toBeGreaterThan(50);
    expect([...ids].filter((id) => !id.endsWith('.') && !MESSAGES.nl[id])).toEqual([]);
  });

  it('has an English text for every Dutch one', () => {
    const missing = Object.keys(MESSAGES.nl)
      .filter((id) => id.startsWith('public.'))
      .filter((id) => MESSAGES.en[id] === MESSAGES.nl[id] && !SAME_IN_BOTH.has(id));
    expect(missing).toEqual([]);
  });
});

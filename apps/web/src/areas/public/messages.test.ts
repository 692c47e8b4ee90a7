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

  it('has an English text for every Dutch one of the search and activity pages', () => {
    const missing = Object.keys(MESSAGES.nl)
      .filter((id) =>
        /^public\.(search|filters|facet|chip|results|sort|view|zero|pager|hit|activity)/.test(id),
      )
      .filter(
        (id) =>
          MESSAGES.en[id] === MESSAGES.nl[id] && !/^public\.(distance|filters\.(radiusKm|title))/.test(id),
      );
    expect(missing).toEqual([]);
  });
});

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_SCHOOLS_FILE } from '@app/catalogue';

/** The small school file the import suites read instead of the shared registry: 10 valid rows, 2 rejected. */
export const IMPORT_SAMPLE = resolve(process.cwd(), 'test/fixtures/schools/import-sample.csv');

/**
 * A DATA_DIR whose school file is the small sample, beside the real reference data (the geo files are links to
 * the shared data). Point the apps at `dir` with `DATA_DIR`, and call `remove()` afterwards.
 */
export function sampleDataDir(sample = IMPORT_SAMPLE): { dir: string; remove(): void } {
  const shared = resolve(process.cwd(), process.env.DATA_DIR ?? '../shared/data');
  const dir = mkdtempSync(join(tmpdir(), 'techmatch-data-'));
  mkdirSync(join(dir, 'nl'));
  symlinkSync(join(shared, 'nl/geo'), join(dir, 'nl/geo'));
  const schoolFile = join(dir, DATA_SCHOOLS_FILE);
  mkdirSync(resolve(schoolFile, '..'), { recursive: true });
  copyFileSync(sample, schoolFile);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const repo = resolve(import.meta.dirname, '../../../..');
const committed = resolve(repo, 'apps/web/src/gql');

describe('generated GraphQL documents', () => {
  it('are what `npm run codegen:web` makes from the schema and the documents (run it and commit)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gql-'));
    try {
      const [target] = Object.values(config.generates);
      await generate(
        {
          ...config,
          schema: resolve(repo, 'apps/api/schema.gql'),
          documents: [resolve(repo, 'apps/web/src/**/*.{ts,tsx}'), `!${committed}/**`],
          generates: { [`${out}/`]: target },
          silent: true,
        },
        true,
      );
      const files = readdirSync(committed).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(committed, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { buildSchemaSdl } from './build-schema';

describe('apps/api/schema.gql', () => {
  it('is what the resolvers generate (run `npm run schema:generate` after changing the API)', async () => {
    const generated = await buildSchemaSdl();
    expect(readFileSync('apps/api/schema.gql', 'utf8')).toBe(generated);
  });
});

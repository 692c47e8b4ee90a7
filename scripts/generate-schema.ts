import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildSchemaSdl } from '../apps/api/src/graphql/build-schema';

// npm run schema:generate: writes apps/api/schema.gql; a test fails when the committed file drifts.
const sdl = await buildSchemaSdl();
writeFileSync('apps/api/schema.gql', sdl);
console.log(`apps/api/schema.gql written (${sdl.split('\n').length} lines)`);

import { readFileSync } from 'node:fs';
import { contractGaps } from '../apps/api/src/graphql/contract';

// npm run contract:gaps: what of ../shared/api-contract.graphql apps/api/schema.gql does not implement yet.
const gaps = contractGaps(
  readFileSync('../shared/api-contract.graphql', 'utf8'),
  readFileSync('apps/api/schema.gql', 'utf8'),
);
for (const gap of gaps) console.log(`${gap.name}\t${gap.problem}`);
console.log(`${gaps.length} gap(s)`);

import { existsSync, readFileSync } from 'node:fs';
import { contractGaps, isPending } from './contract';

const CONTRACT = '../shared/api-contract.graphql';
const SCHEMA = 'apps/api/schema.gql';
const PENDING = 'apps/api/contract-pending.txt';

function pendingEntries(): string[] {
  return readFileSync(PENDING, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

describe('the public API contract', () => {
  it('is available beside the repository', () => {
    expect(existsSync(CONTRACT)).toBe(true);
  });

  it('is implemented by schema.gql, except for the names still listed as pending', () => {
    const gaps = contractGaps(readFileSync(CONTRACT, 'utf8'), readFileSync(SCHEMA, 'utf8'));
    const pending = new Set(pendingEntries());
    const unexplained = gaps
      .filter((gap) => !isPending(gap.name, pending))
      .map((g) => `${g.name}: ${g.problem}`);
    expect(unexplained).toEqual([]);
  });

  it('lists as pending only names that really are missing, so the list can only shrink', () => {
    const gaps = contractGaps(readFileSync(CONTRACT, 'utf8'), readFileSync(SCHEMA, 'utf8'));
    const implemented = pendingEntries().filter(
      (entry) =>
        !gaps.some(
          (gap) => gap.name === entry || gap.name.startsWith(`${entry}.`) || gap.name.startsWith(`${entry}(`),
        ),
    );
    expect(implemented).toEqual([]);
  });

  it('detects a missing field, a wrong type and a missing enum value', () => {
    const contract = `type Query { a: Int!, b(x: ID!): String } enum E { X Y }`;
    expect(contractGaps(contract, `type Query { a: Int!, b(x: ID!): String } enum E { X Y }`)).toEqual([]);
    const gaps = contractGaps(contract, `type Query { a: Int } enum E { X }`).map((g) => g.name);
    expect(gaps).toEqual(expect.arrayContaining(['Query.a', 'Query.b', 'E.Y']));
  });
});

// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeDocument, CompanyActivityFragmentDoc } from '../src/gql/graphql';
import { generatedDocuments, replaceDocumentCalls } from './graphql-documents';

const documents = generatedDocuments(
  readFileSync(resolve(import.meta.dirname, '../src/gql/graphql.ts'), 'utf8'),
);

// The expression that replaced `name = graphql(...)`, evaluated.
const valueOf = (code: string, name: string): unknown => {
  const match = new RegExp(`const ${name} = (\\(.*\\));`).exec(code);
  return match ? JSON.parse(match[1].slice(1, -1)) : undefined;
};

describe('graphql() calls at build time', () => {
  it('become the generated documents, operations and fragments alike', () => {
    const code = [
      "import { graphql } from '../gql';",
      'export const MeQuery = graphql(`',
      '  query Me {',
      '    me { id }',
      '  }',
      '`);',
      'const Fields = graphql(`fragment CompanyActivity on Activity { id }`);',
    ].join('\n');
    const out = replaceDocumentCalls(code, documents)!;
    expect(out).not.toContain('graphql(`');
    expect(valueOf(out, 'MeQuery')).toEqual(MeDocument);
    expect(valueOf(out, 'Fields')).toEqual(CompanyActivityFragmentDoc);
    // The lines after a call keep their numbers.
    expect(out.split('\n')[2]).toMatch(/^const Fields = /);
  });

  it('leave a module without calls alone', () => {
    expect(replaceDocumentCalls("const a = 'graphql';", documents)).toBeNull();
  });

  it('refuse a document that codegen has not generated yet', () => {
    expect(() => replaceDocumentCalls('graphql(`query NotGeneratedYet { me { id } }`)', documents)).toThrow(
      /NotGeneratedYet.*codegen:web/,
    );
  });

  it('know every document the generated module exports', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../src/gql/graphql.ts'), 'utf8');
    const exported = [...source.matchAll(/^export const (\w+(?:Document|FragmentDoc)) = /gm)].map(
      (m) => m[1],
    );
    expect(exported.length).toBeGreaterThan(80);
    expect([...documents.keys()].sort()).toEqual(exported.sort());
  });
});

import { readFileSync, statSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'vite';

// A `graphql(`...`)` call of the client preset: a template literal without interpolations.
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
// One generated constant: the document as JSON on one line, then its TypeScript type.
const CONSTANT = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** The documents the generated module holds (`MeDocument`, `CompanyActivityFragmentDoc`, ...), as JSON text. */
export function generatedDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, json] of source.matchAll(CONSTANT)) {
    JSON.parse(json); // only plain data may be pasted into a module
    documents.set(name, json);
  }
  return documents;
}

/**
 * Replaces every `graphql(`...`)` call in `code` with the generated document of the same operation or fragment,
 * written out in place. Returns null when there is no call. Throws when a document has no generated constant
 * (the generated files are behind: `npm run codegen:web`).
 */
export function replaceDocumentCalls(
  code: string,
  documents: ReadonlyMap<string, string>,
  file = 'a module',
): string | null {
  let calls = 0;
  const replaced = code.replace(CALL, (_call, text: string) => {
    const [first] = parse(text).definitions;
    if (
      (first.kind !== Kind.OPERATION_DEFINITION && first.kind !== Kind.FRAGMENT_DEFINITION) ||
      !first.name
    ) {
      throw new Error(`${file}: a graphql() document must start with a named operation or fragment`);
    }
    const name = `${first.name.value}${first.kind === Kind.FRAGMENT_DEFINITION ? 'FragmentDoc' : 'Document'}`;
    const json = documents.get(name);
    if (json === undefined) throw new Error(`${file}: ${name} is not generated yet; run npm run codegen:web`);
    calls += 1;
    return `(${json})`;
  });
  return calls === 0 ? null : replaced;
}

/**
 * The client preset's `graphql()` looks documents up in a map of every document of the app, so the first page's
 * script carried all 86 of them; importing the generated constants instead would not help, as the bundler keeps
 * a module whole and puts the shared `gql/graphql.ts` in the first chunk. So each call becomes its document,
 * written where the call was (what the preset's Babel plugin does, which Vite 8's React plugin no longer runs),
 * and a page's documents travel with the page. The generated types still type the calls.
 */
export function graphqlDocuments(sourceDir: string, generatedDir: string): Plugin {
  const generated = `${generatedDir}/graphql.ts`;
  // Read again when codegen rewrote it (the dev server runs on).
  let read = { mtime: -1, documents: new Map<string, string>() };
  const documentsNow = () => {
    const mtime = statSync(generated).mtimeMs;
    if (mtime !== read.mtime)
      read = { mtime, documents: generatedDocuments(readFileSync(generated, 'utf8')) };
    return read.documents;
  };
  return {
    name: 'techmatch-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(`${sourceDir}/`) || file.startsWith(`${generatedDir}/`)) return null;
      if (!/\.tsx?$/.test(file) || !code.includes('graphql(')) return null;
      const replaced = replaceDocumentCalls(code, documentsNow(), file);
      return replaced === null ? null : { code: replaced, map: null };
    },
  };
}

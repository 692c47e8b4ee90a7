import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

// Every package the code imports is declared in package.json: one that is only there because another package
// depends on it (the Utrecht component CSS came in through @utrecht/component-library-css) disappears or changes
// major version when that package moves on, and the build breaks on a fresh `npm ci`.

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['apps', 'libs', 'scripts', 'bench', 'test'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// The package a module specifier names, or null for the project's own modules and Node's.
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:|@app\/|virtual:)/.test(specifier)) return null;
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return builtinModules.includes(name) ? null : name;
}

describe('declared dependencies', () => {
  it('finds every imported package in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      'dependencies' | 'devDependencies',
      Record<string, string>
    >;
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const files = SOURCES.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(500);
    const undeclared = new Map<string, string>();
    for (const file of files) {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        const name = packageOf(fileName);
        // A type-only package is declared as @types/<name> (express comes with Nest's platform).
        if (name && !declared.has(name) && !declared.has(`@types/${name}`) && !undeclared.has(name)) {
          undeclared.set(name, file);
        }
      }
    }
    expect(Object.fromEntries(undeclared)).toEqual({});
  });
});

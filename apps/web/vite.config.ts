import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments } from './build/graphql-documents.js';

const here = import.meta.dirname;
const dataDir = resolve(process.env.DATA_DIR ?? resolve(here, '../../../shared/data'));

/**
 * The province boundaries of the shared open data at /geo/provinces.geojson for Vite's dev server; the api serves
 * the same path from its DATA_DIR, so the built app carries no data.
 */
function provinceBoundaries(): Plugin {
  const file = resolve(dataDir, 'nl/geo/provincies_nl_2026_wgs84_simplified.geojson');
  return {
    name: 'techmatch-province-boundaries',
    configureServer(server) {
      server.middlewares.use('/geo/provinces.geojson', (_req, res) => {
        res.setHeader('Content-Type', 'application/geo+json');
        res.end(readFileSync(file));
      });
    },
  };
}

/**
 * The Utrecht components come as one module in which every component sets its `displayName` at the top level:
 * such writes count as side effects, so all ~100 components stayed in the first page's script (55 kB gzipped).
 * Dropping those lines (they only name components in React's developer tools) lets the bundler leave out the
 * unused ones.
 */
function utrechtTreeShaking(): Plugin {
  return {
    name: 'techmatch-utrecht-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/@utrecht\/component-library-react\/dist\/index\.mjs$/.test(id)) return null;
      return { code: code.replace(/^[\w$]+\.displayName = '[^']*';$/gm, ''), map: null };
    },
  };
}

/**
 * A gzipped copy beside each script, style sheet and SVG of the build (`x.js.gz`), which the api sends to browsers
 * that accept gzip: a third of the bytes, compressed once here instead of on every request.
 */
function precompressed(): Plugin {
  return {
    name: 'techmatch-precompressed',
    // Not for the api's render module (server-render.tsx), which no browser fetches.
    apply: (_config, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    // From the files as written, after every other plugin had its say.
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(fileName)) continue;
        const file = resolve(options.dir!, fileName);
        const source = readFileSync(file);
        if (source.length >= 1024) writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

/**
 * The app's script (src/app/start.tsx, which main.tsx imports once the page is painted) and the chunks it needs,
 * preloaded by index.html: they download while the page is parsed and painted, not after.
 */
function preloadAppStart(): Plugin {
  return {
    name: 'techmatch-preload-app-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = new Map(
          Object.values(bundle).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output]] : [],
          ),
        );
        const start = [...chunks.values()].find((chunk) =>
          chunk.facadeModuleId?.endsWith('/src/app/start.tsx'),
        );
        if (!start) throw new Error('The build has no chunk for src/app/start.tsx');
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) add(imported);
        };
        add(start.fileName);
        // The entry is index.html's own script.
        for (const [file, chunk] of chunks) if (chunk.isEntry) files.delete(file);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The web app: built into dist/web, which the api serves at `/`, and its render module for the api
// (`vite build --ssr src/server-render.tsx`, into dist/web/.server, which the api never serves). In development
// (`vite`), GraphQL goes to the api on :3000.
export default defineConfig(({ isSsrBuild }) => ({
  root: here,
  plugins: [
    graphqlDocuments(resolve(here, 'src'), resolve(here, 'src/gql')),
    react(),
    provinceBoundaries(),
    utrechtTreeShaking(),
    preloadAppStart(),
    precompressed(),
  ],
  build: {
    outDir: resolve(here, '../../dist/web'),
    emptyOutDir: true,
    // The page's Content-Security-Policy allows no inline script; the polyfill would be one.
    modulePreload: { polyfill: false },
    sourcemap: false,
    copyPublicDir: !isSsrBuild,
  },
  // The render module carries its libraries, built for production (React's development build renders several
  // times slower, and the api runs without NODE_ENV in the demo and the benchmarks). Only for that build: Vitest
  // runs on the same settings, and inlining every library there would load some of them twice.
  ssr: isSsrBuild ? { noExternal: true } : undefined,
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: {
    proxy: { '/graphql': 'http://localhost:3000', '/reports': 'http://localhost:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: [resolve(here, 'src/test-setup.ts')],
    css: false,
  },
}));

import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web app, generated from the api's schema: `npm run codegen:web`. The output is
// committed; a test fails when it drifts from the documents or the schema.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', Date: 'string' } },
    },
  },
};

export default config;

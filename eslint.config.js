import tseslint from 'typescript-eslint';

const LIB_IMPORTS = {
  group: ['**/libs/*/src/**', '../../libs/**'],
  message: 'Import other libs through @app/<lib>.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.jest-cache/**',
      '*.config.js',
      'eslint.config.js',
      'apps/web/src/gql/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-imports': ['error', { patterns: [LIB_IMPORTS] }],
    },
  },
  {
    // The demo generators are for scripts/ and bench/: the api, the worker and the domain never ship them.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/seed/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            LIB_IMPORTS,
            { group: ['@app/seed'], message: 'Only scripts/ and bench/ use the demo generators.' },
          ],
        },
      ],
    },
  },
  {
    // The web app is bundled for the browser: it may read the pure data of libs/core (labels, error reasons,
    // provinces) by path, and nothing else of the server's code.
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+libs/(?!core/src/(labels|province|enums|error-reasons|error-code|web-links)$)',
              message: 'The web app reads only the pure data files of libs/core.',
            },
            { group: ['@app/*'], message: 'The web app cannot import the server libs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/require-await': 'off' },
  },
);

// One Jest run for every suite: unit specs beside the code, integration and e2e suites under test/.
// Nest 12 packages are ESM only, so Jest runs in its native ESM mode (see the test script).
const aliases = [
  'config',
  'core',
  'access',
  'database',
  'catalogue',
  'identity',
  'queue',
  'notifications',
  'testing',
  'search',
  'bookings',
  'matching',
  'waitlist',
  'seed',
  'reports',
  'rate-limit',
];

export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: Object.fromEntries(
    aliases.map((name) => [`^@app/${name}$`, `<rootDir>/libs/${name}/src/index.ts`]),
  ),
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
  cacheDirectory: '<rootDir>/.jest-cache',
};

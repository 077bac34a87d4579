// Jest runs the TypeScript sources as ESM through ts-jest (see STYLE.md toolchain facts).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The sources import jsonc-parser's ES module build (the bundle inlines it without its UMD
    // wrappers); jest runs the package's CommonJS main instead, the same code.
    '^jsonc-parser/lib/esm/main\\.js$': 'jsonc-parser'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }]
  },
  // The one secret-leak check over every end-to-end test's captured output (__tests__/leak/).
  globalSetup: '<rootDir>/__tests__/leak/setup.ts',
  globalTeardown: '<rootDir>/__tests__/leak/teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
  verbose: false,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs']
}

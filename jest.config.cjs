/** Unit and integration tests. Browser (Playwright) tests live in test/e2e and run via scripts/test.mjs. */
/** PnPjs ships ES modules only; jest runs CommonJS, so swc transforms it as it does our own code. */
const transformIgnorePatterns = ['/node_modules/(?!@pnp/)'];

const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
];

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns,
      testMatch: [
        '<rootDir>/src/**/*.test.ts',
        '<rootDir>/dev/**/*.test.ts',
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/test/contract/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
      ],
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.cjs',
      },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns,
      testMatch: ['<rootDir>/src/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/support/domPolyfills.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/domSetup.ts'],
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.cjs',
      },
    },
    {
      // Browser tests: need `npm run build` first; run on their own (scripts/test.mjs) and in band.
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/setup.ts'],
    },
  ],
};

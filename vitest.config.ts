import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Node loads graphql's CommonJS build (no "exports" map); vite would pick the .mjs one and
  // type-graphql would then see two graphql realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['server/src/**/*.spec.ts', 'admin/src/**/*.spec.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Each test file loads MikroORM as the server does (server/src/db/sync-context.ts).
    setupFiles: ['server/src/db/sync-context.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});

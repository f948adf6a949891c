import { defineConfig } from 'vitest/config';

// Unit specs of the dashboard's pure helpers: `npx vitest run --config admin/vitest.config.ts`.
export default defineConfig({
  test: { root: new URL('.', import.meta.url).pathname, include: ['src/**/*.spec.ts'] },
});

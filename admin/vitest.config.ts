import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Unit specs of the dashboard's pure helpers: `npx vitest run --config admin/vitest.config.ts`.
export default defineConfig({
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/admin', import.meta.url)),
  test: { root, include: ['src/**/*.spec.ts'] },
});

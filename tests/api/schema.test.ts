import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../../server/src/graphql/print.js';

describe('schema.graphql', () => {
  it('is the schema the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(await printSdl()).toBe(committed);
  });
});

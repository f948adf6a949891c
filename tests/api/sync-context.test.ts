import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function probe(mode?: string): { before: boolean; syncContext: boolean; after: boolean } {
  const out = execFileSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'tests/helpers/promise-hooks-probe.ts', ...(mode ? [mode] : [])], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('MikroORM without promise hooks (server/src/db/sync-context.ts)', () => {
  it('migrations, an ORM transaction with a flush and a direct-SQL transaction leave promise hooks off', () => {
    expect(probe()).toEqual({ before: false, syncContext: true, after: false });
  });

  it('control: MikroORM loaded first keeps Node’s storage, which switches them on (and openOrm would refuse it)', () => {
    expect(probe('orm-first')).toEqual({ before: false, syncContext: false, after: true });
  });
});

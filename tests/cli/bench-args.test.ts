import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run bench` parses its flags strictly too: --help runs nothing, a typo never runs a default bench. */
const bench = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, ['--import', '@swc-node/register/esm-register', 'bench/run.ts', ...args], { env: { ...process.env, BENCH_PG_URL: 'postgresql://nobody@127.0.0.1:1/none' } }, (e, stdout, stderr) =>
      done({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout, stderr }),
    ),
  );

describe('npm run bench arguments', () => {
  it('--help prints the options and runs nothing; unknown flags, suites and bad numbers exit 2', async () => {
    const [help, bogus, suite, forms] = await Promise.all([bench('--help'), bench('--bogus'), bench('--only', 'ingest,nope'), bench('--forms', 'many')]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run bench/);
    expect(help.stderr).not.toMatch(/preparing|ingesting/);
    expect(bogus).toMatchObject({ code: 2, stderr: expect.stringContaining("'--bogus'") });
    expect(suite).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown suite 'nope'") });
    expect(forms).toMatchObject({ code: 2, stderr: expect.stringContaining('--forms') });
  }, 120_000);

  it('--load-ab wants another checkout and a server process per build, before anything runs', async () => {
    const [notCheckout, oneProcess] = await Promise.all([bench('--only', 'load', '--load-ab', '/nonexistent'), bench('--only', 'load', '--load-ab', '.', '--load-instances', '1')]);
    expect(notCheckout).toMatchObject({ code: 2, stderr: expect.stringContaining('/nonexistent is not a dualkey checkout') });
    expect(oneProcess).toMatchObject({ code: 2, stderr: expect.stringContaining('--load-ab needs --load-instances of at least 2') });
    expect(notCheckout.stderr + oneProcess.stderr).not.toMatch(/preparing/);
  }, 120_000);
});

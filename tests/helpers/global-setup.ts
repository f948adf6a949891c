import type { TestProject } from 'vitest/node';
import pg from 'pg';

export const PG_ADMIN_URL = process.env.TEST_PG_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Decides once whether the PostgreSQL half of the suite runs. CI sets DUALKEY_REQUIRE_PG=1 so a
 * missing database fails loudly instead of silently halving the suite.
 */
export default async function setup(project: TestProject) {
  const why = await reachable(PG_ADMIN_URL);
  if (why && process.env.DUALKEY_REQUIRE_PG === '1') {
    throw new Error(`PostgreSQL is required (DUALKEY_REQUIRE_PG=1) but ${PG_ADMIN_URL} is unreachable: ${why}`);
  }
  if (why) {
    console.warn(
      `\n*** PostgreSQL not reachable at ${PG_ADMIN_URL} (${why}).\n*** The PostgreSQL half of the suite is SKIPPED; only SQLite runs.\n*** Set TEST_PG_URL to a server where the user may CREATE DATABASE to run it.\n`,
    );
  }
  project.provide('pgAvailable', !why);
  project.provide('pgAdminUrl', PG_ADMIN_URL);
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAvailable: boolean;
    pgAdminUrl: string;
  }
}

/**
 * Keeping a copy of dualkey's verified records in sync: an example other teams can copy.
 * TypeScript, no dependency beyond `fetch` (Node 20+, Deno, Bun, browsers); the command-line part
 * at the bottom also uses node:fs to keep its state in a file.
 *
 * The loop: ask `verifiedRecords` in the sync order (sortField: sync, sortOrder: ASC) for `first`
 * records after the stored cursor; store each record, replacing an older version of it; then
 * store the page's `endCursor`; repeat while `hasNextPage`. Run it again tomorrow with the stored
 * cursor: it brings every record verified or changed since, a changed one with a higher `version`.
 *
 * Crash safety: store a page's records and its cursor together (one database transaction), or
 * at least the records first. After a crash between the two, the same page comes again: the
 * upsert by id keeps the higher version, so applying it twice changes nothing. Nothing is ever
 * skipped: the server only hands out a page once every change before its end has committed.
 *
 * Run from this repository (state kept in sync-state.json):
 *   DUALKEY_URL=http://localhost:4000/graphql DUALKEY_API_KEY=dk_… \
 *     node --import @swc-node/register/esm-register examples/sync-client.ts sync-state.json
 * Elsewhere: compile it with tsc, or run it with Node 22.6+ and --experimental-strip-types.
 */

/** The GraphQL document: what a synced record carries. Add or remove fields as you need. */
export const SYNC_QUERY = `query SyncVerifiedRecords($after: String, $first: Int!) {
  verifiedRecords(sortField: sync, sortOrder: ASC, first: $first, after: $after) {
    items {
      id
      version
      automatic
      verifiedAt
      reviewerRef
      batch { code provinceCode }
      form { formNumber }
      valueMap
      sourceMap
    }
    endCursor
    hasNextPage
  }
}`;

export interface SyncedRecord {
  id: string;
  version: number;
  automatic: boolean;
  verifiedAt: string;
  reviewerRef: string | null;
  batch: { code: string; provinceCode: string };
  form: { formNumber: string };
  /**
   * Field key → final value (null when empty, `⁇` when the field was illegible). Personal values
   * are masked (e.g. `001*******45`) unless the API key has the records:read-personal scope.
   */
  valueMap: Record<string, string | null>;
  /** Field key → AGREED, FIRST, SECOND, THIRD or REVIEWER. */
  sourceMap: Record<string, string>;
}

/** Where the copy lives: your database. */
export interface SyncTarget {
  /** The cursor stored with the last page applied; null before the first run. */
  cursor(): Promise<string | null>;
  /**
   * Stores one page: each record inserted, or replacing the stored one when its version is
   * higher (a lower or equal version is a page seen again after a crash: keep what you have),
   * then the cursor. Best in one transaction.
   */
  apply(records: SyncedRecord[], cursor: string | null): Promise<void>;
}

export interface SyncOptions {
  /** The GraphQL endpoint, e.g. https://dualkey.example.gov.vn/graphql */
  url: string;
  /** `dk_…`, with the records:read or records:read-personal scope. */
  apiKey: string;
  target: SyncTarget;
  /** Records per request, 1 to 1000. */
  pageSize?: number;
  /** Attempts per page on network errors, 429 and 5xx (waiting 1, 2, 4 … s in between). */
  attempts?: number;
  /** For tests and proxies; the global fetch by default. */
  fetch?: typeof fetch;
  /** Called after each page applied. */
  onPage?: (p: { records: number; cursor: string | null }) => void;
}

/** An answer that retrying will not change (a refused key, a refused cursor, a bad query). */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

interface Page {
  items: SyncedRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchPage(o: SyncOptions, after: string | null): Promise<Page> {
  const doFetch = o.fetch ?? fetch;
  const attempts = o.attempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    let res: Response | null = null;
    try {
      res = await doFetch(o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${o.apiKey}` },
        body: JSON.stringify({ query: SYNC_QUERY, variables: { after, first: o.pageSize ?? 500 } }),
      });
    } catch (e) {
      if (attempt >= attempts) throw e;
    }
    if (res) {
      const transient = res.status === 429 || res.status >= 500;
      const body = (await res.json().catch(() => null)) as { data?: { verifiedRecords: Page }; errors?: { message: string; extensions?: { code?: string } }[] } | null;
      const error = body?.errors?.[0];
      const code = error?.extensions?.code;
      if (!transient && error) throw new SyncError(`${code ?? 'ERROR'}: ${error.message}`, code);
      if (!transient && body?.data) return body.data.verifiedRecords;
      if (!transient || attempt >= attempts) throw new SyncError(`HTTP ${res.status}${error ? `: ${error.message}` : ''}`, code);
    }
    // The server may be restarting or busy (503, 429, a connection refused): wait and ask again.
    await sleep(Math.min(1000 * 2 ** (attempt - 1), 30_000));
  }
}

/**
 * Reads every record verified or changed since the stored cursor, page by page, until the end.
 * Safe to stop at any moment (a crash, a kill) and to run again.
 */
export async function syncOnce(o: SyncOptions): Promise<{ pages: number; records: number }> {
  let cursor = await o.target.cursor();
  let pages = 0;
  let records = 0;
  for (;;) {
    const page = await fetchPage(o, cursor);
    // endCursor is null only when nothing was ever read: keep what we have then.
    cursor = page.endCursor ?? cursor;
    await o.target.apply(page.items, cursor);
    pages++;
    records += page.items.length;
    o.onPage?.({ records: page.items.length, cursor });
    if (!page.hasNextPage) return { pages, records };
  }
}

// ---- Command line: the copy and its cursor in one JSON file (replace with your database) -------

/**
 * A SyncTarget in a JSON file, written whole to a temporary file and renamed over the old one, so
 * records and cursor change together. Fine for an example and small copies; not for 90 million records.
 */
export async function fileTarget(path: string): Promise<SyncTarget & { records(): Map<string, SyncedRecord> }> {
  const fs = await import('node:fs/promises');
  let state: { cursor: string | null; records: Record<string, SyncedRecord> } = { cursor: null, records: {} };
  try {
    state = JSON.parse(await fs.readFile(path, 'utf8'));
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
  }
  return {
    cursor: async () => state.cursor,
    async apply(records, cursor) {
      for (const r of records) {
        const had = state.records[r.id];
        if (!had || had.version < r.version) state.records[r.id] = r;
      }
      state.cursor = cursor;
      await fs.writeFile(`${path}.tmp`, JSON.stringify(state));
      await fs.rename(`${path}.tmp`, path);
    },
    records: () => new Map(Object.entries(state.records)),
  };
}

async function main(): Promise<void> {
  const url = process.env.DUALKEY_URL, apiKey = process.env.DUALKEY_API_KEY, file = process.argv[2];
  if (!url || !apiKey || !file) {
    console.error('usage: DUALKEY_URL=… DUALKEY_API_KEY=dk_… sync-client <state.json>');
    process.exit(2);
  }
  const target = await fileTarget(file);
  const t0 = Date.now();
  const r = await syncOnce({ url, apiKey, target, onPage: (p) => process.stderr.write(`+${p.records} `) });
  console.error(`\n${r.records} records in ${r.pages} pages, ${((Date.now() - t0) / 1000).toFixed(1)} s; ${target.records().size} in the copy`);
}

const invokedDirectly = typeof process !== 'undefined' && process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((e) => {
    console.error(e instanceof SyncError ? e.message : e);
    process.exit(1);
  });
}

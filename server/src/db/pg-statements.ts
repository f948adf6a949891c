import { createHash } from 'node:crypto';

/**
 * Named (prepared) statements on PostgreSQL connections. node-postgres sends every parameterized
 * query as an unnamed statement, which PostgreSQL parses, analyzes and plans again each time: for
 * the small statements of an interactive request that is most of the backend's CPU (measured on a
 * task read: 95 µs unnamed, 30 µs named; the batch readiness check 325 µs against 35 µs). Naming a
 * statement after its text lets each connection parse it once and reuse its plan.
 *
 * Not behind a transaction-mode pooler that cannot keep them (pgbouncer before 1.21, or without
 * max_prepared_statements): DATABASE_PREPARED_STATEMENTS=0 turns this off.
 */

/**
 * Statements named per process: a backend keeps every statement it is given for the life of the
 * connection, so only texts that repeat are named (on their second use), and at most this many.
 */
const MAX_NAMED = 300;
/** Texts seen once, waiting for a second use (forgotten all at once when this many). */
const MAX_SEEN = 5000;
/**
 * Up to a call's combined writes (services/sql.ts Writes: ~130 parameters for 10 keyings), whose
 * parse and plan cost the database more than small statements; larger bulk texts stay unnamed.
 */
const MAX_PARAMS = 512;
const MAX_TEXT = 32000;

const names = new Map<string, string>();
const seen = new Set<string>();

/** The statement name for a query text, or null when it is not worth keeping on the server. */
export function statementName(text: string, params: number): string | null {
  if (params === 0 || params > MAX_PARAMS || text.length > MAX_TEXT) return null;
  const name = names.get(text);
  if (name) return name;
  if (names.size >= MAX_NAMED) return null;
  if (!seen.has(text)) {
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.add(text);
    return null;
  }
  seen.delete(text);
  const named = `dk_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
  names.set(text, named);
  return named;
}

interface QueryConfig {
  text?: string;
  values?: unknown[];
  name?: string;
  submit?: unknown;
}

interface PgClientLike {
  query: (...args: unknown[]) => unknown;
}

/**
 * Wraps one node-postgres client (the pool's afterCreate) so that its parameterized queries go out
 * named: services/sql.ts's, which the hot paths use (MikroORM inlines its parameters into the text,
 * so its statements pass through). Streams (COPY) and texts without parameters (BEGIN, COMMIT, SET)
 * pass through unchanged.
 */
export function nameStatements(client: PgClientLike): void {
  const query = client.query.bind(client);
  client.query = (config: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof config === 'string' && Array.isArray(values)) {
      const name = statementName(config, values.length);
      if (name) return query({ name, text: config, values }, ...rest);
    } else if (config && typeof config === 'object' && !(config as QueryConfig).submit && !(config as QueryConfig).name) {
      const c = config as QueryConfig;
      const vals = Array.isArray(values) ? values : c.values;
      if (typeof c.text === 'string' && Array.isArray(vals)) {
        const name = statementName(c.text, vals.length);
        if (name) return query({ ...c, name, values: vals }, ...(Array.isArray(values) ? rest : [values, ...rest]));
      }
    }
    return query(config, values, ...rest);
  };
}

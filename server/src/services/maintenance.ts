import type { SqlEntityManager } from '@mikro-orm/knex';
import { exec, isPostgres, onOwnConnection } from './sql.js';

/**
 * Tables vacuumed every minute: those whose rows are updated all day (claims, resolutions,
 * sealing, form status), and the verified records, which are only inserted but counted for
 * every page of the consumers' list: a count reads the index alone only where vacuum has
 * marked the pages all-visible (without it, 12 ms a page at 30,000 records under load).
 */
const CHURN_TABLES = ['correction_task', 'audit_event', 'form', 'verified_record'];
/**
 * A run skips a churn table any instance vacuumed less than this long ago (seconds; runs are a
 * minute apart in each instance), so N instances do the work of one.
 */
const VACUUM_AGAIN_AFTER = 45;
/** autovacuum_vacuum_cost_delay's default (PostgreSQL 12+): a pause whenever vacuum_cost_limit is spent. */
const COST_DELAY_MS = 2;
/**
 * A run comes this long after the server starts, then every minute (autovacuum's naptime). Not
 * a minute after start: a server started on a database that nobody has vacuumed or analyzed (new,
 * restored, or autovacuum off all along) would serve its first minute on it. The load bench's
 * PostgreSQL spent 2.8-2.9 ms per request before that first run and 2.3-2.5 ms after it. Not at
 * once either: a restarted process's first requests should not have to share the database with it.
 */
export const FIRST_RUN_AFTER_MS = 10_000;
export const RUN_EVERY_MS = 60_000;
/** Advisory lock of a maintenance run ("vacu" in ASCII). */
const MAINTENANCE_LOCK = 0x76616375;

/** One table's counters, as autovacuum reads them. */
interface TableStats {
  relname: string;
  /** Seconds since the last vacuum (manual or auto); null when never. */
  vacuumed: number | null;
  analyzed: boolean;
  dead: number;
  inserted: number;
  modified: number;
  /** Rows the planner believes the table holds (0 before the first vacuum or analyze). */
  tuples: number;
  /** The table's own autovacuum settings (`alter table … set (autovacuum_…)`), e.g. `autovacuum_vacuum_scale_factor=0.02`. */
  options?: string[] | null;
}

/**
 * autovacuum's thresholds, each by the name of its setting after `autovacuum_` (PostgreSQL 13+):
 * the server's in postgresql.conf, a table's own in its reloptions.
 */
const THRESHOLD_SETTINGS = {
  vacuum: 'vacuum_threshold',
  vacuumScale: 'vacuum_scale_factor',
  insert: 'vacuum_insert_threshold',
  insertScale: 'vacuum_insert_scale_factor',
  analyze: 'analyze_threshold',
  analyzeScale: 'analyze_scale_factor',
} as const;
export type Thresholds = Record<keyof typeof THRESHOLD_SETTINGS, number>;
const THRESHOLD_KEYS = Object.keys(THRESHOLD_SETTINGS) as (keyof Thresholds)[];

/**
 * What a run does, decided as autovacuum decides (pure): a table is vacuumed when its dead rows
 * or its inserts since the last vacuum pass autovacuum's thresholds, a churn table also when a
 * minute has passed; a table is analyzed when it never was or its changes since pass the analyze
 * threshold; a table's own settings win over the server's. Analyzing every table every few
 * minutes, changed or not, took 4.5 s of the database at the load bench's size and cut its
 * throughput by a fifth while it ran.
 */
export function maintenancePlan(tables: TableStats[], g: Thresholds): { vacuum: string[]; analyze: string[] } {
  const vacuum: string[] = [];
  const analyze: string[] = [];
  for (const r of tables) {
    const t = { ...g };
    for (const k of THRESHOLD_KEYS) {
      const o = r.options?.find((x) => x.startsWith(`autovacuum_${THRESHOLD_SETTINGS[k]}=`));
      if (o) t[k] = Number(o.slice(o.indexOf('=') + 1));
    }
    const churn = CHURN_TABLES.includes(r.relname);
    const due =
      (churn && (r.vacuumed === null || r.vacuumed >= VACUUM_AGAIN_AFTER)) ||
      r.dead > t.vacuum + t.vacuumScale * r.tuples ||
      (t.insert >= 0 && r.inserted > t.insert + t.insertScale * r.tuples);
    if (due) vacuum.push(r.relname);
    if (!r.analyzed || r.modified > t.analyze + t.analyzeScale * r.tuples) analyze.push(r.relname);
  }
  return { vacuum, analyze };
}

/**
 * PostgreSQL's autovacuum removes dead row versions and keeps the planner's statistics. A database
 * run with autovacuum off (it happens) degrades as it grows: the queues pile up dead entries, and
 * tables never analyzed get plans for an empty table (a 1M-form run saw parallel scans for a
 * lookup of one form's keyings). Then the server does autovacuum's work itself (maintenancePlan);
 * what another instance has just done is not done again. VACUUM and ANALYZE take no lock that
 * blocks reads or writes; SKIP_LOCKED lets another instance's run win.
 */
export class QueueVacuum {
  private autovacuum: boolean | null = null;
  private thresholds: Thresholds | null = null;

  constructor(
    private readonly em: SqlEntityManager,
    private readonly warn: (message: string) => void,
  ) {}

  /** Whether this server does the maintenance (PostgreSQL with autovacuum off); asked once. */
  async needed(): Promise<boolean> {
    if (!isPostgres(this.em)) return false;
    if (this.autovacuum === null) {
      const [row] = await exec<{ autovacuum: string }[]>(this.em.fork(), 'show autovacuum');
      this.autovacuum = row?.autovacuum === 'on';
      if (!this.autovacuum) this.warn(`autovacuum is off on this PostgreSQL: the server vacuums ${CHURN_TABLES.join(', ')} every minute and the other tables, and analyzes them, at autovacuum's thresholds; turn autovacuum on`);
    }
    return !this.autovacuum;
  }

  /** Runs on the schedule above until the returned function is called; a failed run is reported, the next one still comes. */
  schedule(failed: (e: unknown) => void): () => void {
    const run = () => void this.run().catch(failed);
    let every: NodeJS.Timeout | undefined;
    const first = setTimeout(() => {
      run();
      every = setInterval(run, RUN_EVERY_MS);
      every.unref();
    }, FIRST_RUN_AFTER_MS);
    first.unref();
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }

  async run(): Promise<boolean> {
    if (!(await this.needed())) return false;
    const em = this.em.fork();
    if (!this.thresholds) {
      // The server's settings, read once, in one statement.
      const [row] = await exec<Record<string, string>[]>(em, `select ${THRESHOLD_KEYS.map((k) => `current_setting('autovacuum_${THRESHOLD_SETTINGS[k]}') as "${k}"`).join(', ')}`);
      this.thresholds = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, Number(row[k])])) as Thresholds;
    }
    const plan = maintenancePlan(await tableStats(em), this.thresholds);
    if (!plan.vacuum.length && !plan.analyze.length) return true;
    await onOwnConnection(this.em, async (lock) => {
      // One instance at a time (the check above sees a run only once it has finished): a lock held
      // by an open transaction on a second connection, so it ends with that transaction or
      // connection even behind pgbouncer's transaction pooling, where a session lock could outlive
      // us on a server connection and stop every later run.
      await lock('begin');
      try {
        if (!(await lock(`select pg_try_advisory_xact_lock(${MAINTENANCE_LOCK}) as ok`)).rows[0].ok) return;
        await onOwnConnection(this.em, async (query) => {
          // At autovacuum's pace, not at once: an unthrottled run took the database's CPU from the
          // requests for seconds (the load bench's throughput halved for 3-4 s every minute).
          await query(`set vacuum_cost_delay = '${COST_DELAY_MS}ms'`);
          // Another instance may have just done it: ask again under the lock.
          const { vacuum, analyze } = maintenancePlan(await tableStats(query), this.thresholds!);
          const list = (ts: string[]) => ts.map((t) => `"${t.replace(/"/g, '""')}"`).join(', ');
          // Without parallel index workers, as autovacuum: on a small machine they take cores from the requests.
          if (vacuum.length) await query(`vacuum (skip_locked, parallel 0) ${list(vacuum)}`);
          if (analyze.length) await query(`analyze (skip_locked) ${list(analyze)}`);
        });
      } finally {
        await lock('rollback');
      }
    });
    return true;
  }
}

/** Every table's counters; `from` runs a query on the ORM's pool or on a connection of its own. */
async function tableStats(from: SqlEntityManager | ((sql: string) => Promise<{ rows: unknown[] }>)): Promise<TableStats[]> {
  const sql = `select s.relname, extract(epoch from now() - greatest(s.last_vacuum, s.last_autovacuum))::float8 as vacuumed,
      (s.last_analyze is not null or s.last_autoanalyze is not null) as analyzed, s.n_dead_tup::float8 as dead,
      s.n_ins_since_vacuum::float8 as inserted, s.n_mod_since_analyze::float8 as modified, greatest(c.reltuples, 0)::float8 as tuples, c.reloptions as options
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid where s.schemaname = current_schema()`;
  const rows = typeof from === 'function' ? ((await from(sql)).rows as TableStats[]) : await exec<TableStats[]>(from, sql);
  return rows.map((r) => ({ ...r, vacuumed: r.vacuumed === null ? null : Number(r.vacuumed), dead: Number(r.dead), inserted: Number(r.inserted), modified: Number(r.modified), tuples: Number(r.tuples) }));
}

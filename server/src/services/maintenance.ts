import type { SqlEntityManager } from '@mikro-orm/knex';
import { exec, isPostgres, onOwnConnection } from './sql.js';

/**
 * Tables vacuumed every minute: those whose rows are updated all day (claims, resolutions,
 * sealing, form status), and the verified records, which are only inserted but counted for
 * every page of the consumers' list: a count reads the index alone only where vacuum has
 * marked the pages all-visible (without it, 12 ms a page at 30,000 records under load).
 */
const CHURN_TABLES = ['correction_task', 'audit_event', 'form', 'verified_record'];
/** Every how many minutes the whole database is analyzed (planner statistics). */
const ANALYZE_EVERY = 5;
/**
 * A run skips what any instance did less than this long ago (seconds; runs are a minute apart
 * in each instance), so N instances do the work of one: at 30,000 forms the database-wide
 * analyze cost 1.7 s of PostgreSQL CPU, and each instance ran its own.
 */
const VACUUM_AGAIN_AFTER = 45;
const ANALYZE_AGAIN_AFTER = ANALYZE_EVERY * 60 - 15;
/** autovacuum_vacuum_cost_delay's default (PostgreSQL 12+): a pause whenever vacuum_cost_limit is spent. */
const COST_DELAY_MS = 2;
/** Advisory lock of a maintenance run ("vacu" in ASCII). */
const MAINTENANCE_LOCK = 0x76616375;

/**
 * PostgreSQL's autovacuum removes dead row versions and keeps the planner's statistics. A database
 * run with autovacuum off (it happens) degrades as it grows: the queues pile up dead entries, and
 * tables never analyzed get plans for an empty table (a 1M-form run saw parallel scans for a
 * lookup of one form's keyings). Then the server does the minimum itself: every run vacuums and
 * analyzes the tables that change all day, every five minutes it analyzes the whole database;
 * what another instance has just done is not done again. VACUUM and ANALYZE take no lock that
 * blocks reads or writes; SKIP_LOCKED lets another instance's run win.
 */
export class QueueVacuum {
  private autovacuum: boolean | null = null;

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
      if (!this.autovacuum) this.warn(`autovacuum is off on this PostgreSQL: the server vacuums ${CHURN_TABLES.join(', ')} every minute and analyzes the database every ${ANALYZE_EVERY} minutes; turn autovacuum on`);
    }
    return !this.autovacuum;
  }

  async run(): Promise<boolean> {
    if (!(await this.needed())) return false;
    // Seconds since the stalest table was last vacuumed / analyzed, by this instance or another.
    const [ago] = await exec<{ vacuumed: number; analyzed: number }[]>(
      this.em.fork(),
      `select
         (select coalesce(extract(epoch from now() - min(coalesce(last_vacuum, 'epoch'))), 1e9)::float8 from pg_stat_user_tables where relname in (${CHURN_TABLES.map(() => '?').join(', ')})) as vacuumed,
         (select coalesce(extract(epoch from now() - min(coalesce(greatest(last_analyze, last_autoanalyze), 'epoch'))), 1e9)::float8 from pg_stat_user_tables) as analyzed`,
      CHURN_TABLES,
    );
    const analyze = Number(ago.analyzed) >= ANALYZE_AGAIN_AFTER;
    const vacuum = Number(ago.vacuumed) >= VACUUM_AGAIN_AFTER;
    if (!analyze && !vacuum) return true;
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
          if (analyze) await query('analyze (skip_locked)');
          // The database-wide analyze has just covered these tables.
          if (vacuum) await query(`vacuum (${analyze ? '' : 'analyze, '}skip_locked) ${CHURN_TABLES.map((t) => `"${t}"`).join(', ')}`);
        });
      } finally {
        await lock('rollback');
      }
    });
    return true;
  }
}

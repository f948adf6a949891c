import type { SqlEntityManager } from '@mikro-orm/knex';
import { exec, isPostgres } from './sql.js';

/** Tables whose rows are updated all day: claims, resolutions, sealing, form status. */
const CHURN_TABLES = ['correction_task', 'audit_event', 'form'];
/** Every how many runs the whole database is analyzed (planner statistics). */
const ANALYZE_EVERY = 5;

/**
 * PostgreSQL's autovacuum removes dead row versions and keeps the planner's statistics. A database
 * run with autovacuum off (it happens) degrades as it grows: the queues pile up dead entries, and
 * tables never analyzed get plans for an empty table (a 1M-form run saw parallel scans for a
 * lookup of one form's keyings). Then the server does the minimum itself: every run vacuums and
 * analyzes the tables that change all day, every fifth run analyzes the whole database. VACUUM
 * and ANALYZE take no lock that blocks reads or writes; SKIP_LOCKED lets another instance's run win.
 */
export class QueueVacuum {
  private autovacuum: boolean | null = null;
  private runs = 0;

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
    if (this.runs++ % ANALYZE_EVERY === 0) await exec(this.em.fork(), 'analyze (skip_locked)', [], 'run');
    await exec(this.em.fork(), `vacuum (analyze, skip_locked) ${CHURN_TABLES.map((t) => `"${t}"`).join(', ')}`, [], 'run');
    return true;
  }
}

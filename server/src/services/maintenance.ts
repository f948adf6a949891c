import type { SqlEntityManager } from '@mikro-orm/knex';
import { exec, isPostgres } from './sql.js';

/** The tables every task and every audit event passes through: queues, read on every request. */
const QUEUE_TABLES = ['correction_task', 'audit_event'];

/**
 * PostgreSQL's autovacuum removes the dead row versions that claims, resolutions and audit
 * sealing leave behind. A database run with autovacuum off (it happens) would see every claim and
 * every sealer call slow down as they pile up, so then the server vacuums its queue tables itself.
 * VACUUM takes no lock that blocks reads or writes; SKIP_LOCKED lets another instance's run win.
 */
export class QueueVacuum {
  private autovacuum: boolean | null = null;

  constructor(
    private readonly em: SqlEntityManager,
    private readonly warn: (message: string) => void,
  ) {}

  /** Whether this server vacuums (PostgreSQL with autovacuum off); asked once. */
  async needed(): Promise<boolean> {
    if (!isPostgres(this.em)) return false;
    if (this.autovacuum === null) {
      const [row] = await exec<{ autovacuum: string }[]>(this.em.fork(), 'show autovacuum');
      this.autovacuum = row?.autovacuum === 'on';
      if (!this.autovacuum) this.warn('autovacuum is off on this PostgreSQL: the server vacuums its queue tables (correction_task, audit_event) every minute; turn autovacuum on');
    }
    return !this.autovacuum;
  }

  async run(): Promise<boolean> {
    if (!(await this.needed())) return false;
    await exec(this.em.fork(), `vacuum (analyze, skip_locked) ${QUEUE_TABLES.map((t) => `"${t}"`).join(', ')}`, [], 'run');
    return true;
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The review queue per clerk (a keyer report's "fields awaiting review"): pending tasks by the
 * clerk of either pass, without reading the keyings. Partial, so the indexes hold only the queue.
 */
export class Migration20261210100000_pending_keyers extends Migration {
  override async up(): Promise<void> {
    for (const col of ['keyer1', 'keyer2']) {
      this.addSql(`create index "correction_task_pending_${col}_index" on "correction_task" ("${col}") where "status" in ('OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED');`);
    }
  }

  override async down(): Promise<void> {
    for (const col of ['keyer1', 'keyer2']) this.addSql(`drop index "correction_task_pending_${col}_index";`);
  }
}

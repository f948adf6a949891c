import { Migration } from '@mikro-orm/migrations';

/**
 * Who handed a task back last, and when: their next claim passes over it for a lease's length, so
 * a reviewer can set a hard form aside (release, then next) instead of being handed it again at
 * once, the queue being oldest first. No index: the claim reads these only on the rows its own
 * index hands it.
 */
export class Migration20261212110000_task_released extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "correction_task" add column "released_by_id" int null;`);
    this.addSql(`alter table "correction_task" add column "released_at" datetime null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "correction_task" drop column "released_at";`);
    this.addSql(`alter table "correction_task" drop column "released_by_id";`);
  }
}

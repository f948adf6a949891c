import { Migration } from '@mikro-orm/migrations';

// The Vietnamese day of the task's creation (aggregate-recompute.ts's sqlDialect; epoch milliseconds).
const DAY = `strftime('%Y-%m-%d', t."created_at" / 1000 + 25200, 'unixepoch')`;
// Frozen copy of the waiting statuses as of this migration (services/task-state.ts).
const WAITING = `('OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED')`;

/**
 * An area's backlog from the aggregate rows, not from the tasks: agg_batch_day counts the tasks
 * waiting and their discrepancies, on the day each task was created (aggregates.ts). Aggregating
 * every waiting task on each area report cost ~0.26 µs a task, so a national backlog of a million
 * made every report a quarter of a second. Filled here from the tasks waiting now. The oldest
 * waiting task of a batch is one probe of the new partial index.
 */
export class Migration20261212100000_backlog_counters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "agg_batch_day" add column "pending_tasks" int not null default 0;`);
    this.addSql(`alter table "agg_batch_day" add column "pending_fields" int not null default 0;`);
    this.addSql(
      `insert into "agg_batch_day" ("day", "batch_id", "province_code", "template_id", "pending_tasks", "pending_fields")
       select ${DAY} as d, t."batch_id", b."province_code", b."template_id", count(*), sum(t."discrepancy_count")
       from "correction_task" t join "batch" b on b."id" = t."batch_id" where t."status" in ${WAITING}
       group by d, t."batch_id", b."province_code", b."template_id"
       on conflict ("batch_id", "day") do update set "pending_tasks" = excluded."pending_tasks", "pending_fields" = excluded."pending_fields";`,
    );
    this.addSql(`create index "correction_task_waiting_batch_created_at_index" on "correction_task" ("batch_id", "created_at") where "status" in ${WAITING};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "correction_task_waiting_batch_created_at_index";`);
    this.addSql(`alter table "agg_batch_day" drop column "pending_fields";`);
    this.addSql(`alter table "agg_batch_day" drop column "pending_tasks";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The review workflow: escalation, re-keying, rejection, comments, spot checks, attribution per
 * keying, handover, audit events. Also the foreign-key indexes PostgreSQL does not create by
 * itself (SQLite's schema got them with the initial migration): every loader reads by them.
 */
export class Migration20261127171000_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor" varchar(100) not null, "action" varchar(50) not null, "entity_type" varchar(30) not null, "entity_id" int null, "data" json not null);`);
    this.addSql(`create index "audit_event_at_id_index" on "audit_event" ("at", "id");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_id_index" on "audit_event" ("entity_type", "entity_id", "id");`);
    this.addSql(`create table "task_comment" ("id" serial primary key, "task_id" int not null references "correction_task" ("id") on update cascade, "author_id" int not null references "app_user" ("id") on update cascade, "text" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "task_comment_task_id_index" on "task_comment" ("task_id");`);
    this.addSql(`alter table "batch" add column "spot_check_every" int null, add column "spot_check_percent" double precision null, add column "spot_check_seed" int null, add column "auto_verified_count" int not null default 0, add column "handed_over_at" timestamptz null, add column "handed_over_by_id" int null references "app_user" ("id") on update cascade on delete set null, add column "manifest" text null;`);
    this.addSql(`alter table "keying" add column "fields_keyed" int not null default 0, add column "error_count" int not null default 0;`);
    this.addSql(`alter table "correction_task" add column "escalated" boolean not null default false, add column "note" text null;`);
    this.addSql(`alter table "discrepancy" add column "value3" text null;`);
    for (const [table, cols] of [
      ['discrepancy', ['form_id']],
      ['discrepancy', ['task_id']],
      ['discrepancy', ['batch_id']],
      ['verified_record', ['batch_id']],
      ['keying_error', ['keying_id']],
      ['keying_error', ['form_id']],
      ['keying_error', ['batch_id']],
      ['batch', ['template_id']],
      ['correction_task', ['resolved_by_id']],
    ] as const) {
      this.addSql(`create index "${table}_${cols.join('_')}_index" on "${table}" (${cols.map((c) => `"${c}"`).join(', ')});`);
    }
  }
}

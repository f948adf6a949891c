import { Migration } from '@mikro-orm/migrations';

/** Teams by province or by batches; accounts may belong to one; tasks carry their batch's province for team claims. */
export class Migration20261205130000_teams extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "team" ("id" serial primary key, "code" varchar(50) not null, "name" text not null, "province_code" varchar(3) null, "batch_ids" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "team" add constraint "team_code_unique" unique ("code");`);
    this.addSql(`alter table "app_user" add column "team_id" int null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "app_user_team_id_index" on "app_user" ("team_id");`);
    // A constant default (no rewrite), then one pass to fill in the tasks that exist.
    this.addSql(`alter table "correction_task" add column "province_code" varchar(3) not null default '';`);
    this.addSql(`update "correction_task" t set "province_code" = b."province_code" from "batch" b where b."id" = t."batch_id";`);
    this.addSql(`create index "correction_task_province_code_status_created_at_id_index" on "correction_task" ("province_code", "status", "created_at", "id");`);
  }
}

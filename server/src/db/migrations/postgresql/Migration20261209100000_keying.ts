import { Migration } from '@mikro-orm/migrations';

/**
 * The keying station. `scan`: a form's registered scan (the file itself is sealed on disk, see
 * services/scan-store.ts), with a keyed blind index of its bytes so the same image is not
 * registered twice. `keying_work`: one row per registered form and pass, handed to clerks under a
 * lease (services/keying-work.ts); `claimed_by_id` stays on a done row, so a clerk is never
 * handed the other pass of a form they keyed.
 */
export class Migration20261209100000_keying extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "scan" ("id" serial primary key, "form_id" int not null, "batch_id" int not null, "format" varchar(10) not null, "bytes" int not null, "content_index" varchar(32) not null, "file_name" text not null, "created_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "scan" add constraint "scan_form_id_unique" unique ("form_id");`);
    this.addSql(`alter table "scan" add constraint "scan_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scan" add constraint "scan_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);
    this.addSql(`create index "scan_content_index_index" on "scan" ("content_index");`);
    this.addSql(`create table "keying_work" ("id" serial primary key, "form_id" int not null, "batch_id" int not null, "pass" smallint not null, "status" varchar(10) not null default 'OPEN', "claimed_by_id" int null, "claimed_at" timestamptz null, "lease_until" timestamptz null, "done_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "keying_work" add constraint "keying_work_form_id_pass_unique" unique ("form_id", "pass");`);
    this.addSql(`alter table "keying_work" add constraint "keying_work_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "keying_work" add constraint "keying_work_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);
    this.addSql(`create index "keying_work_open_index" on "keying_work" ("batch_id", "form_id", "pass") where "status" = 'OPEN';`);
    this.addSql(`create index "keying_work_claimed_by_id_status_index" on "keying_work" ("claimed_by_id", "status");`);
    this.addSql(`create index "keying_work_lease_until_index" on "keying_work" ("lease_until") where "status" = 'CLAIMED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "keying_work" cascade;`);
    this.addSql(`drop table if exists "scan" cascade;`);
  }
}

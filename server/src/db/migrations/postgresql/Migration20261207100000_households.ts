import { Migration } from '@mikro-orm/migrations';

/**
 * Household links: each compared form's household facts (sealed under the form's key) and the
 * blind keys that relate it to other forms (its own citizen ID, the IDs it names, the head's name
 * with the address), so a form arriving any day finds its household with one indexed lookup. A
 * verified form that a later member contradicts gets a new review task: a form may now have
 * several review tasks, but at most one unfinished (and at most one spot check).
 */
export class Migration20261207100000_households extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "household_member" ("id" serial primary key, "form_id" int not null, "batch_id" int not null, "facts" text not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "household_member" add constraint "household_member_form_id_unique" unique ("form_id");`);
    this.addSql(`alter table "household_member" add constraint "household_member_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "household_member" add constraint "household_member_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);
    this.addSql(`create table "household_link" ("token" varchar(64) not null, "form_id" int not null, constraint "household_link_pkey" primary key ("token", "form_id"));`);
    this.addSql(`alter table "household_link" add constraint "household_link_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "household_link_form_id_index" on "household_link" ("form_id");`);
    this.addSql(`alter table "correction_task" drop constraint "correction_task_form_id_kind_unique";`);
    this.addSql(`create index "correction_task_form_id_kind_index" on "correction_task" ("form_id", "kind");`);
    this.addSql(`create unique index "correction_task_spot_check_form_unique" on "correction_task" ("form_id") where "kind" = 'SPOT_CHECK';`);
    this.addSql(`create unique index "correction_task_review_open_form_unique" on "correction_task" ("form_id") where "kind" = 'REVIEW' and "status" <> 'RESOLVED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "correction_task_review_open_form_unique";`);
    this.addSql(`drop index "correction_task_spot_check_form_unique";`);
    this.addSql(`drop index "correction_task_form_id_kind_index";`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_form_id_kind_unique" unique ("form_id", "kind");`);
    this.addSql(`drop table if exists "household_link" cascade;`);
    this.addSql(`drop table if exists "household_member" cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261127153314_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "form_template" ("id" serial primary key, "code" varchar(50) not null, "version" int not null, "name" text not null, "fields" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "form_template" add constraint "form_template_code_version_unique" unique ("code", "version");`);

    this.addSql(`create table "batch" ("id" serial primary key, "code" varchar(50) not null, "template_id" int not null, "province_code" varchar(3) not null, "district" text not null, "commune" text not null, "status" varchar(20) not null default 'OPEN', "created_at" timestamptz not null);`);
    this.addSql(`alter table "batch" add constraint "batch_code_unique" unique ("code");`);
    this.addSql(`create index "batch_created_at_id_index" on "batch" ("created_at", "id");`);
    this.addSql(`create index "batch_status_id_index" on "batch" ("status", "id");`);
    this.addSql(`create index "batch_province_code_id_index" on "batch" ("province_code", "id");`);

    this.addSql(`create table "form" ("id" serial primary key, "batch_id" int not null, "form_number" varchar(50) not null, "image_ref" text null, "status" varchar(20) not null default 'AWAITING_KEYINGS', "created_at" timestamptz not null, "updated_at" timestamptz not null, "verified_at" timestamptz null);`);
    this.addSql(`create index "form_updated_at_id_index" on "form" ("updated_at", "id");`);
    this.addSql(`create index "form_batch_id_status_id_index" on "form" ("batch_id", "status", "id");`);
    this.addSql(`create index "form_status_id_index" on "form" ("status", "id");`);
    this.addSql(`alter table "form" add constraint "form_batch_id_form_number_unique" unique ("batch_id", "form_number");`);

    this.addSql(`create table "keying" ("id" serial primary key, "form_id" int not null, "pass" smallint not null, "keyer_code" varchar(50) not null, "station_code" varchar(50) not null, "started_at" timestamptz not null, "submitted_at" timestamptz not null, "values" json not null, "keystrokes" int not null, "idempotency_key" varchar(200) not null, "content_hash" varchar(64) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "keying" add constraint "keying_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "keying_submitted_at_id_index" on "keying" ("submitted_at", "id");`);
    this.addSql(`create index "keying_keyer_code_id_index" on "keying" ("keyer_code", "id");`);
    this.addSql(`alter table "keying" add constraint "keying_form_id_pass_unique" unique ("form_id", "pass");`);

    this.addSql(`create table "keying_error" ("id" serial primary key, "keying_id" int not null, "form_id" int not null, "batch_id" int not null, "keyer_code" varchar(50) not null, "field_key" varchar(50) not null, "kind" varchar(30) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "keying_error_field_key_created_at_index" on "keying_error" ("field_key", "created_at");`);
    this.addSql(`create index "keying_error_keyer_code_created_at_index" on "keying_error" ("keyer_code", "created_at");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(100) not null, "password_hash" text not null, "role" varchar(20) not null, "display_name" text not null, "keyer_code" varchar(50) null, "active" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "correction_task" ("id" serial primary key, "form_id" int not null, "batch_id" int not null, "kind" varchar(20) not null default 'REVIEW', "status" varchar(20) not null default 'OPEN', "keyer1" varchar(50) not null, "keyer2" varchar(50) not null, "discrepancy_count" int not null, "claimed_by_id" int null, "claimed_at" timestamptz null, "lease_until" timestamptz null, "resolved_by_id" int null, "resolved_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_form_id_unique" unique ("form_id");`);
    this.addSql(`create index "correction_task_claimed_by_id_status_index" on "correction_task" ("claimed_by_id", "status");`);
    this.addSql(`create index "correction_task_batch_id_status_created_at_id_index" on "correction_task" ("batch_id", "status", "created_at", "id");`);
    this.addSql(`create index "correction_task_status_created_at_id_index" on "correction_task" ("status", "created_at", "id");`);

    this.addSql(`create table "discrepancy" ("id" serial primary key, "form_id" int not null, "task_id" int not null, "batch_id" int not null, "field_key" varchar(50) not null, "value1" text null, "value2" text null, "kind" varchar(30) not null, "edit_distance" int not null, "final_value" text null, "outcome" varchar(20) null, "resolved_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`create index "discrepancy_kind_id_index" on "discrepancy" ("kind", "id");`);
    this.addSql(`create index "discrepancy_field_key_id_index" on "discrepancy" ("field_key", "id");`);

    this.addSql(`create table "verified_record" ("id" serial primary key, "form_id" int not null, "batch_id" int not null, "values" json not null, "sources" json not null, "automatic" boolean not null, "verified_by_id" int null, "verified_at" timestamptz not null);`);
    this.addSql(`alter table "verified_record" add constraint "verified_record_form_id_unique" unique ("form_id");`);
    this.addSql(`create index "verified_record_verified_at_id_index" on "verified_record" ("verified_at", "id");`);

    this.addSql(`alter table "batch" add constraint "batch_template_id_foreign" foreign key ("template_id") references "form_template" ("id") on update cascade;`);

    this.addSql(`alter table "form" add constraint "form_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);

    this.addSql(`alter table "keying" add constraint "keying_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade;`);

    this.addSql(`alter table "keying_error" add constraint "keying_error_keying_id_foreign" foreign key ("keying_id") references "keying" ("id") on update cascade;`);
    this.addSql(`alter table "keying_error" add constraint "keying_error_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade;`);
    this.addSql(`alter table "keying_error" add constraint "keying_error_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);

    this.addSql(`alter table "correction_task" add constraint "correction_task_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade;`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_claimed_by_id_foreign" foreign key ("claimed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "discrepancy" add constraint "discrepancy_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade;`);
    this.addSql(`alter table "discrepancy" add constraint "discrepancy_task_id_foreign" foreign key ("task_id") references "correction_task" ("id") on update cascade;`);
    this.addSql(`alter table "discrepancy" add constraint "discrepancy_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);

    this.addSql(`alter table "verified_record" add constraint "verified_record_form_id_foreign" foreign key ("form_id") references "form" ("id") on update cascade;`);
    this.addSql(`alter table "verified_record" add constraint "verified_record_batch_id_foreign" foreign key ("batch_id") references "batch" ("id") on update cascade;`);
    this.addSql(`alter table "verified_record" add constraint "verified_record_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261127153311_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`form_template\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`version\` integer not null, \`name\` text not null, \`fields\` json not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`form_template_code_version_unique\` on \`form_template\` (\`code\`, \`version\`);`);

    this.addSql(`create table \`batch\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`template_id\` integer not null, \`province_code\` text not null, \`district\` text not null, \`commune\` text not null, \`status\` text not null default 'OPEN', \`created_at\` datetime not null, constraint \`batch_template_id_foreign\` foreign key(\`template_id\`) references \`form_template\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`batch_code_unique\` on \`batch\` (\`code\`);`);
    this.addSql(`create index \`batch_template_id_index\` on \`batch\` (\`template_id\`);`);
    this.addSql(`create index \`batch_created_at_id_index\` on \`batch\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`batch_status_id_index\` on \`batch\` (\`status\`, \`id\`);`);
    this.addSql(`create index \`batch_province_code_id_index\` on \`batch\` (\`province_code\`, \`id\`);`);

    this.addSql(`create table \`form\` (\`id\` integer not null primary key autoincrement, \`batch_id\` integer not null, \`form_number\` text not null, \`image_ref\` text null, \`status\` text not null default 'AWAITING_KEYINGS', \`created_at\` datetime not null, \`updated_at\` datetime not null, \`verified_at\` datetime null, constraint \`form_batch_id_foreign\` foreign key(\`batch_id\`) references \`batch\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`form_updated_at_id_index\` on \`form\` (\`updated_at\`, \`id\`);`);
    this.addSql(`create index \`form_batch_id_status_id_index\` on \`form\` (\`batch_id\`, \`status\`, \`id\`);`);
    this.addSql(`create index \`form_status_id_index\` on \`form\` (\`status\`, \`id\`);`);
    this.addSql(`create unique index \`form_batch_id_form_number_unique\` on \`form\` (\`batch_id\`, \`form_number\`);`);

    this.addSql(`create table \`keying\` (\`id\` integer not null primary key autoincrement, \`form_id\` integer not null, \`pass\` integer not null, \`keyer_code\` text not null, \`station_code\` text not null, \`started_at\` datetime not null, \`submitted_at\` datetime not null, \`values\` json not null, \`keystrokes\` integer not null, \`idempotency_key\` text not null, \`content_hash\` text not null, \`created_at\` datetime not null, constraint \`keying_form_id_foreign\` foreign key(\`form_id\`) references \`form\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`keying_idempotency_key_unique\` on \`keying\` (\`idempotency_key\`);`);
    this.addSql(`create index \`keying_submitted_at_id_index\` on \`keying\` (\`submitted_at\`, \`id\`);`);
    this.addSql(`create index \`keying_keyer_code_id_index\` on \`keying\` (\`keyer_code\`, \`id\`);`);
    this.addSql(`create unique index \`keying_form_id_pass_unique\` on \`keying\` (\`form_id\`, \`pass\`);`);

    this.addSql(`create table \`keying_error\` (\`id\` integer not null primary key autoincrement, \`keying_id\` integer not null, \`form_id\` integer not null, \`batch_id\` integer not null, \`keyer_code\` text not null, \`field_key\` text not null, \`kind\` text not null, \`created_at\` datetime not null, constraint \`keying_error_keying_id_foreign\` foreign key(\`keying_id\`) references \`keying\`(\`id\`) on update cascade, constraint \`keying_error_form_id_foreign\` foreign key(\`form_id\`) references \`form\`(\`id\`) on update cascade, constraint \`keying_error_batch_id_foreign\` foreign key(\`batch_id\`) references \`batch\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`keying_error_keying_id_index\` on \`keying_error\` (\`keying_id\`);`);
    this.addSql(`create index \`keying_error_batch_id_index\` on \`keying_error\` (\`batch_id\`);`);
    this.addSql(`create index \`keying_error_field_key_created_at_index\` on \`keying_error\` (\`field_key\`, \`created_at\`);`);
    this.addSql(`create index \`keying_error_keyer_code_created_at_index\` on \`keying_error\` (\`keyer_code\`, \`created_at\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`password_hash\` text not null, \`role\` text not null, \`display_name\` text not null, \`keyer_code\` text null, \`active\` integer not null default true, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);

    this.addSql(`create table \`correction_task\` (\`id\` integer not null primary key autoincrement, \`form_id\` integer not null, \`batch_id\` integer not null, \`kind\` text not null default 'REVIEW', \`status\` text not null default 'OPEN', \`keyer1\` text not null, \`keyer2\` text not null, \`discrepancy_count\` integer not null, \`claimed_by_id\` integer null, \`claimed_at\` datetime null, \`lease_until\` datetime null, \`resolved_by_id\` integer null, \`resolved_at\` datetime null, \`created_at\` datetime not null, constraint \`correction_task_form_id_foreign\` foreign key(\`form_id\`) references \`form\`(\`id\`) on update cascade, constraint \`correction_task_batch_id_foreign\` foreign key(\`batch_id\`) references \`batch\`(\`id\`) on update cascade, constraint \`correction_task_claimed_by_id_foreign\` foreign key(\`claimed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`correction_task_resolved_by_id_foreign\` foreign key(\`resolved_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`correction_task_form_id_index\` on \`correction_task\` (\`form_id\`);`);
    this.addSql(`create unique index \`correction_task_form_id_unique\` on \`correction_task\` (\`form_id\`);`);
    this.addSql(`create index \`correction_task_resolved_by_id_index\` on \`correction_task\` (\`resolved_by_id\`);`);
    this.addSql(`create index \`correction_task_claimed_by_id_status_index\` on \`correction_task\` (\`claimed_by_id\`, \`status\`);`);
    this.addSql(`create index \`correction_task_batch_id_status_created_at_id_index\` on \`correction_task\` (\`batch_id\`, \`status\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`correction_task_status_created_at_id_index\` on \`correction_task\` (\`status\`, \`created_at\`, \`id\`);`);

    this.addSql(`create table \`discrepancy\` (\`id\` integer not null primary key autoincrement, \`form_id\` integer not null, \`task_id\` integer not null, \`batch_id\` integer not null, \`field_key\` text not null, \`value1\` text null, \`value2\` text null, \`kind\` text not null, \`edit_distance\` integer not null, \`final_value\` text null, \`outcome\` text null, \`resolved_at\` datetime null, \`created_at\` datetime not null, constraint \`discrepancy_form_id_foreign\` foreign key(\`form_id\`) references \`form\`(\`id\`) on update cascade, constraint \`discrepancy_task_id_foreign\` foreign key(\`task_id\`) references \`correction_task\`(\`id\`) on update cascade, constraint \`discrepancy_batch_id_foreign\` foreign key(\`batch_id\`) references \`batch\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`discrepancy_form_id_index\` on \`discrepancy\` (\`form_id\`);`);
    this.addSql(`create index \`discrepancy_task_id_index\` on \`discrepancy\` (\`task_id\`);`);
    this.addSql(`create index \`discrepancy_batch_id_index\` on \`discrepancy\` (\`batch_id\`);`);
    this.addSql(`create index \`discrepancy_kind_id_index\` on \`discrepancy\` (\`kind\`, \`id\`);`);
    this.addSql(`create index \`discrepancy_field_key_id_index\` on \`discrepancy\` (\`field_key\`, \`id\`);`);

    this.addSql(`create table \`verified_record\` (\`id\` integer not null primary key autoincrement, \`form_id\` integer not null, \`batch_id\` integer not null, \`values\` json not null, \`sources\` json not null, \`automatic\` integer not null, \`verified_by_id\` integer null, \`verified_at\` datetime not null, constraint \`verified_record_form_id_foreign\` foreign key(\`form_id\`) references \`form\`(\`id\`) on update cascade, constraint \`verified_record_batch_id_foreign\` foreign key(\`batch_id\`) references \`batch\`(\`id\`) on update cascade, constraint \`verified_record_verified_by_id_foreign\` foreign key(\`verified_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`verified_record_form_id_index\` on \`verified_record\` (\`form_id\`);`);
    this.addSql(`create unique index \`verified_record_form_id_unique\` on \`verified_record\` (\`form_id\`);`);
    this.addSql(`create index \`verified_record_batch_id_index\` on \`verified_record\` (\`batch_id\`);`);
    this.addSql(`create index \`verified_record_verified_at_id_index\` on \`verified_record\` (\`verified_at\`, \`id\`);`);
  }

}

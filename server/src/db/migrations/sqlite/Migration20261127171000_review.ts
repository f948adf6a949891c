import { Migration } from '@mikro-orm/migrations';

/** The review workflow: escalation, re-keying, rejection, comments, spot checks, attribution per keying, handover, audit events. */
export class Migration20261127171000_review extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `audit_event` (`id` integer not null primary key autoincrement, `at` datetime not null, `actor_id` integer null, `actor` text not null, `action` text not null, `entity_type` text not null, `entity_id` integer null, `data` json not null);');
    this.addSql('create index `audit_event_at_id_index` on `audit_event` (`at`, `id`);');
    this.addSql('create index `audit_event_entity_type_entity_id_id_index` on `audit_event` (`entity_type`, `entity_id`, `id`);');
    this.addSql('create table `task_comment` (`id` integer not null primary key autoincrement, `task_id` integer not null references `correction_task` (`id`) on update cascade, `author_id` integer not null references `app_user` (`id`) on update cascade, `text` text not null, `created_at` datetime not null);');
    this.addSql('create index `task_comment_task_id_index` on `task_comment` (`task_id`);');
    for (const col of [
      '`spot_check_every` integer null',
      '`spot_check_percent` real null',
      '`spot_check_seed` integer null',
      '`auto_verified_count` integer not null default 0',
      '`handed_over_at` datetime null',
      '`handed_over_by_id` integer null references `app_user` (`id`) on delete set null',
      '`manifest` text null',
    ]) {
      this.addSql(`alter table \`batch\` add column ${col};`);
    }
    this.addSql('alter table `keying` add column `fields_keyed` integer not null default 0;');
    this.addSql('alter table `keying` add column `error_count` integer not null default 0;');
    this.addSql('alter table `correction_task` add column `escalated` integer not null default 0;');
    this.addSql('alter table `correction_task` add column `note` text null;');
    this.addSql('alter table `discrepancy` add column `value3` text null;');
  }
}

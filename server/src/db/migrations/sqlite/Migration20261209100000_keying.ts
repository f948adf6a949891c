import { Migration } from '@mikro-orm/migrations';

/** See the PostgreSQL migration of the same name. */
export class Migration20261209100000_keying extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `scan` (`id` integer not null primary key autoincrement, `form_id` integer not null constraint `scan_form_id_foreign` references `form` (`id`) on delete cascade on update cascade, `batch_id` integer not null constraint `scan_batch_id_foreign` references `batch` (`id`) on update cascade, `format` text not null, `bytes` integer not null, `content_index` text not null, `file_name` text not null, `created_by_id` integer null, `created_at` datetime not null);');
    this.addSql('create unique index `scan_form_id_unique` on `scan` (`form_id`);');
    this.addSql('create index `scan_content_index_index` on `scan` (`content_index`);');
    this.addSql("create table `keying_work` (`id` integer not null primary key autoincrement, `form_id` integer not null constraint `keying_work_form_id_foreign` references `form` (`id`) on delete cascade on update cascade, `batch_id` integer not null constraint `keying_work_batch_id_foreign` references `batch` (`id`) on update cascade, `pass` integer not null, `status` text not null default 'OPEN', `claimed_by_id` integer null, `claimed_at` datetime null, `lease_until` datetime null, `done_at` datetime null, `created_at` datetime not null);");
    this.addSql('create unique index `keying_work_form_id_pass_unique` on `keying_work` (`form_id`, `pass`);');
    this.addSql("create index `keying_work_open_index` on `keying_work` (`batch_id`, `form_id`, `pass`) where `status` = 'OPEN';");
    this.addSql('create index `keying_work_claimed_by_id_status_index` on `keying_work` (`claimed_by_id`, `status`);');
    this.addSql("create index `keying_work_lease_until_index` on `keying_work` (`lease_until`) where `status` = 'CLAIMED';");
  }
}

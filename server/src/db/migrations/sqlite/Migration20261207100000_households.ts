import { Migration } from '@mikro-orm/migrations';

/** See the PostgreSQL migration of the same name. */
export class Migration20261207100000_households extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `household_member` (`id` integer not null primary key autoincrement, `form_id` integer not null constraint `household_member_form_id_foreign` references `form` (`id`) on delete cascade on update cascade, `batch_id` integer not null constraint `household_member_batch_id_foreign` references `batch` (`id`) on update cascade, `facts` text not null, `updated_at` datetime not null);');
    this.addSql('create unique index `household_member_form_id_unique` on `household_member` (`form_id`);');
    this.addSql('create table `household_link` (`token` text not null, `form_id` integer not null constraint `household_link_form_id_foreign` references `form` (`id`) on delete cascade on update cascade, primary key (`token`, `form_id`));');
    this.addSql('create index `household_link_form_id_index` on `household_link` (`form_id`);');
    this.addSql('drop index `correction_task_form_id_kind_unique`;');
    this.addSql('create index `correction_task_form_id_kind_index` on `correction_task` (`form_id`, `kind`);');
    this.addSql("create unique index `correction_task_spot_check_form_unique` on `correction_task` (`form_id`) where `kind` = 'SPOT_CHECK';");
    this.addSql("create unique index `correction_task_review_open_form_unique` on `correction_task` (`form_id`) where `kind` = 'REVIEW' and `status` <> 'RESOLVED';");
  }
}

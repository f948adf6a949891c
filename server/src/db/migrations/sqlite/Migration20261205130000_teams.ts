import { Migration } from '@mikro-orm/migrations';

/** Teams by province or by batches; accounts may belong to one; tasks carry their batch's province for team claims. */
export class Migration20261205130000_teams extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `team` (`id` integer not null primary key autoincrement, `code` text not null, `name` text not null, `province_code` text null, `batch_ids` json not null, `created_at` datetime not null);');
    this.addSql('create unique index `team_code_unique` on `team` (`code`);');
    this.addSql('alter table `app_user` add column `team_id` integer null constraint `app_user_team_id_foreign` references `team` (`id`) on delete set null on update cascade;');
    this.addSql('create index `app_user_team_id_index` on `app_user` (`team_id`);');
    this.addSql("alter table `correction_task` add column `province_code` text not null default '';");
    this.addSql('update `correction_task` set `province_code` = (select `province_code` from `batch` where `batch`.`id` = `correction_task`.`batch_id`);');
    this.addSql('create index `correction_task_province_code_status_created_at_id_index` on `correction_task` (`province_code`, `status`, `created_at`, `id`);');
  }
}

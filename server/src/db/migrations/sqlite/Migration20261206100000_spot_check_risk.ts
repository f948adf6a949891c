import { Migration } from '@mikro-orm/migrations';

/** See the PostgreSQL migration of the same name. */
export class Migration20261206100000_spot_check_risk extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `batch` add column `spot_check_mode` text not null default 'UNIFORM';");
    this.addSql('drop index `correction_task_form_id_unique`;');
    this.addSql('drop index `correction_task_form_id_index`;');
    this.addSql('create unique index `correction_task_form_id_kind_unique` on `correction_task` (`form_id`, `kind`);');
  }
}

import { Migration } from '@mikro-orm/migrations';

/** See the PostgreSQL migration of the same name. */
export class Migration20261205160000_checks extends Migration {
  override async up(): Promise<void> {
    for (const k of ['reference', 'spelling', 'consistency']) {
      this.addSql(`alter table \`agg_keyer_day\` add column \`err_${k}\` integer not null default 0;`);
    }
    this.addSql('alter table `discrepancy` add column `related_form_id` integer null constraint `discrepancy_related_form_id_foreign` references `form` (`id`) on delete set null on update cascade;');
    this.addSql('alter table `discrepancy` add column `related_value` text null;');
    this.addSql('create index `discrepancy_related_form_id_index` on `discrepancy` (`related_form_id`);');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Checks beyond the two keyings: errors found by the place, spelling and household checks are
 * counted per clerk like the others; a household discrepancy names the other form and carries
 * that form's value (sealed under this form's key, so it is masked exactly like this form).
 */
export class Migration20261205160000_checks extends Migration {
  override async up(): Promise<void> {
    for (const k of ['reference', 'spelling', 'consistency']) {
      this.addSql(`alter table "agg_keyer_day" add column "err_${k}" int not null default 0;`);
    }
    this.addSql(`alter table "discrepancy" add column "related_form_id" int null, add column "related_value" text null;`);
    this.addSql(`alter table "discrepancy" add constraint "discrepancy_related_form_id_foreign" foreign key ("related_form_id") references "form" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "discrepancy_related_form_id_index" on "discrepancy" ("related_form_id");`);
  }
}

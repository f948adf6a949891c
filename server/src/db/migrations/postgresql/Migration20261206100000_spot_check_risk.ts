import { Migration } from '@mikro-orm/migrations';

/**
 * Risk-weighted spot checks: a batch's policy has a mode (UNIFORM or RISK), and under RISK a form
 * verified by a reviewer may also be spot-checked (its agreed fields), so a form may have a
 * review task and a spot check: at most one of each.
 */
export class Migration20261206100000_spot_check_risk extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "batch" add column "spot_check_mode" varchar(10) not null default 'UNIFORM';`);
    this.addSql(`alter table "batch" add constraint "batch_spot_check_mode_check" check ("spot_check_mode" in ('UNIFORM', 'RISK'));`);
    this.addSql(`alter table "correction_task" drop constraint "correction_task_form_id_unique";`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_form_id_kind_unique" unique ("form_id", "kind");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "correction_task" drop constraint "correction_task_form_id_kind_unique";`);
    this.addSql(`alter table "correction_task" add constraint "correction_task_form_id_unique" unique ("form_id");`);
    this.addSql(`alter table "batch" drop column "spot_check_mode";`);
  }
}

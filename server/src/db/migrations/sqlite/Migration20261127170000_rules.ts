import { Migration } from '@mikro-orm/migrations';

/** Cross-field rules live with their template; a rule discrepancy carries its message. */
export class Migration20261127170000_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`form_template\` add column \`rules\` json not null default '[]';`);
    this.addSql(`alter table \`discrepancy\` add column \`note\` text null;`);
  }
}

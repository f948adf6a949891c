import { Migration } from '@mikro-orm/migrations';

/** Clerks are accounts: a keyer code names one person; each keying records its credential. */
export class Migration20261205100000_clerks extends Migration {
  override async up(): Promise<void> {
    this.addSql('create unique index `app_user_keyer_code_unique` on `app_user` (`keyer_code`);');
    this.addSql("alter table `keying` add column `submitted_by` text not null default '';");
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Clerks are accounts: a keyer code names one person; each keying records its credential. */
export class Migration20261205100000_clerks extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "app_user" add constraint "app_user_keyer_code_unique" unique ("keyer_code");');
    // A constant default: no table rewrite on PostgreSQL 11+, however many keyings there are.
    this.addSql(`alter table "keying" add column "submitted_by" varchar(40) not null default '';`);
  }
}

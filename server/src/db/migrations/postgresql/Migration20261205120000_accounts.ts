import { Migration } from '@mikro-orm/migrations';

/** Token revocation: every token carries the account's version; bumping it revokes them all. */
export class Migration20261205120000_accounts extends Migration {
  override async up(): Promise<void> {
    // A constant default: no table rewrite on PostgreSQL 11+, and tokens signed before it (no `ver`) count as version 0.
    this.addSql('alter table "app_user" add column "token_version" integer not null default 0;');
  }
}

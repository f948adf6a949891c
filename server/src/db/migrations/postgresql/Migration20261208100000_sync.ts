import { Migration } from '@mikro-orm/migrations';

/**
 * Incremental sync of verified records (services/record-sync.ts): each record's version (1 when
 * verified, +1 on each later change) and its place in the sync order, the 64-bit id of the
 * transaction that last wrote it. Consumers page by (change_seq, id) below the oldest transaction
 * still running, so a change that commits late is never skipped. Records verified before this
 * migration share place 0 (ordered by id); writers always give the place explicitly (no default).
 */
export class Migration20261208100000_sync extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "verified_record" add column "version" int not null default 1, add column "change_seq" bigint not null default 0;`);
    this.addSql(`alter table "verified_record" alter column "change_seq" drop default;`);
    this.addSql(`create index "verified_record_change_seq_id_index" on "verified_record" ("change_seq", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "verified_record_change_seq_id_index";`);
    this.addSql(`alter table "verified_record" drop column "change_seq", drop column "version";`);
  }
}

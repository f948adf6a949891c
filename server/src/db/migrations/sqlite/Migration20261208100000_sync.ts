import { Migration } from '@mikro-orm/migrations';

/** See the PostgreSQL migration of the same name; on SQLite change_seq is a counter (one writer). */
export class Migration20261208100000_sync extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `verified_record` add column `version` integer not null default 1;');
    this.addSql('alter table `verified_record` add column `change_seq` integer not null default 0;');
    this.addSql('create index `verified_record_change_seq_id_index` on `verified_record` (`change_seq`, `id`);');
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Keyed blind index of the citizen ID (exact lookup without the ID in clear). */
export class Migration20261127191000_encryption extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `keying` add column `citizen_bidx` varchar(32) null;');
    this.addSql('alter table `verified_record` add column `citizen_bidx` varchar(32) null;');
    this.addSql('create index `keying_citizen_bidx_index` on `keying` (`citizen_bidx`);');
    this.addSql('create index `verified_record_citizen_bidx_index` on `verified_record` (`citizen_bidx`);');
  }
}

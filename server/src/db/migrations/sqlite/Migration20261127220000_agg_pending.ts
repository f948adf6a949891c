import { Migration } from '@mikro-orm/migrations';

/** Report aggregate deltas waiting to be folded into the agg_* tables (see services/aggregates.ts). */
export class Migration20261127220000_agg_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `agg_pending` (`id` integer not null primary key autoincrement, `payload` text not null, `created_at` datetime not null);');
  }
}

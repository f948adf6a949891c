import { Migration } from '@mikro-orm/migrations';

/**
 * Aggregate rows are updated in place all day (counters only, never a key column). Free room on
 * each page lets PostgreSQL keep the new row version on the same page without touching the
 * indexes (a HOT update), which is most of what an ingest call writes to these tables.
 */
export class Migration20261127200000_agg_fillfactor extends Migration {
  override async up(): Promise<void> {
    for (const t of ['agg_batch_day', 'agg_keyer_day', 'agg_field_day', 'agg_pair_day', 'agg_reviewer_day']) {
      this.addSql(`alter table "${t}" set (fillfactor = 50);`);
    }
  }
}

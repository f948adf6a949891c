import { Migration } from '@mikro-orm/migrations';

/**
 * Report aggregate deltas waiting to be folded into the agg_* tables: one row per transaction.
 * Writers append here instead of updating the national rollup rows that every concurrent
 * transaction shares (see services/aggregates.ts). Rows live a second or so: no index but the key.
 */
export class Migration20261127220000_agg_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "agg_pending" ("id" bigserial primary key, "payload" text not null, "created_at" timestamptz not null);');
    // Written once and read once: compressing the payload would cost more than it saves.
    this.addSql('alter table "agg_pending" alter column "payload" set storage external;');
    this.addSql('alter table "agg_pending" set (autovacuum_vacuum_scale_factor = 0.02);');
  }
}

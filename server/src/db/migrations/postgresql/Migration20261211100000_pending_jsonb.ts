import { Migration } from '@mikro-orm/migrations';

/**
 * Queued aggregate deltas as jsonb: reports read them beside the aggregate tables on every call
 * (services/aggregate-source.ts), and jsonb is parsed once when a transaction queues its row
 * instead of on every report (a keyer report spent ~9 ms of PostgreSQL CPU parsing the queue's
 * text under mixed load). SQLite keeps text: its json functions read text.
 */
export class Migration20261211100000_pending_jsonb extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "agg_pending" alter column "payload" type jsonb using "payload"::jsonb;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "agg_pending" alter column "payload" type text using "payload"::text;');
  }
}

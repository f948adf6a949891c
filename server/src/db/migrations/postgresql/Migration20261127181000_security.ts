import { Migration } from '@mikro-orm/migrations';

/** API keys for other systems, and the hash chain of the audit trail (existing events are sealed by the first sealer run). */
export class Migration20261127181000_security extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "name" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "role" varchar(20) not null, "created_by_id" int not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "audit_event" add column "seq" int null, add column "prev_hash" varchar(64) null, add column "hash" varchar(64) null;`);
    // Serves both "the chain's head" (max seq) and "what is still unsealed" (seq is null).
    this.addSql(`alter table "audit_event" add constraint "audit_event_seq_unique" unique ("seq");`);
  }
}

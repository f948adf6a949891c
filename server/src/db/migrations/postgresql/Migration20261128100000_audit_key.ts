import { Migration } from '@mikro-orm/migrations';

/**
 * The audit chain is keyed from here on: hashes become `k1:` + 64 hex (HMAC with the audit key).
 * Events sealed before keep their plain SHA-256 hashes: this event, sealed with the key right
 * after them, says how many there are, so nobody without the key can pass off more of the chain
 * as unkeyed.
 */
export class Migration20261128100000_audit_key extends Migration {
  override async up(): Promise<void> {
    // Widening a varchar only changes the catalog: no table rewrite.
    this.addSql(`alter table "audit_event" alter column "prev_hash" type varchar(67), alter column "hash" type varchar(67);`);
    this.addSql(
      `insert into "audit_event" ("at", "actor_id", "actor", "action", "entity_type", "entity_id", "data")
       select now(), null, 'system', 'audit.chain-keyed', 'audit', null, json_build_object('legacyEvents', t.n)
       from (select max("seq") as n from "audit_event") t where t.n is not null;`,
    );
  }
}

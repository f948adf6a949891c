import { Migration } from '@mikro-orm/migrations';

/**
 * The audit chain is keyed from here on (HMAC, `k1:` hashes; the columns are text already). Events
 * sealed before keep their plain SHA-256 hashes: this event, sealed with the key right after them,
 * says how many there are, so nobody without the key can pass off more of the chain as unkeyed.
 */
export class Migration20261128100000_audit_key extends Migration {
  override async up(): Promise<void> {
    // `at` in epoch milliseconds, as the ORM stores datetimes in SQLite.
    this.addSql(
      `insert into \`audit_event\` (\`at\`, \`actor_id\`, \`actor\`, \`action\`, \`entity_type\`, \`entity_id\`, \`data\`)
       select cast(round((julianday('now') - 2440587.5) * 86400000) as integer), null, 'system', 'audit.chain-keyed', 'audit', null, json_object('legacyEvents', t.n)
       from (select max(\`seq\`) as n from \`audit_event\`) t where t.n is not null;`,
    );
  }
}

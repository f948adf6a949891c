import { Migration } from '@mikro-orm/migrations';

/**
 * Status and role columns accept only the values domain/ declares (state-machine.ts, roles.ts),
 * as the entities' @Enum items say. Literal lists: a migration is a snapshot, it must not change
 * when the domain lists grow (a new value gets its own migration). SQLite has no ALTER TABLE ...
 * ADD CONSTRAINT (it would mean rebuilding each table), so there the services' checks stay the
 * only guard.
 */
const CHECKS: [table: string, column: string, values: string[]][] = [
  ['batch', 'status', ['OPEN', 'READY', 'HANDED_OVER']],
  ['form', 'status', ['AWAITING_KEYINGS', 'ONE_PASS_KEYED', 'AUTO_VERIFIED', 'IN_REVIEW', 'VERIFIED', 'REJECTED']],
  ['correction_task', 'status', ['OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED', 'RESOLVED', 'REJECTED']],
  ['app_user', 'role', ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'KEYER', 'CONSUMER']],
  ['api_key', 'role', ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'KEYER', 'CONSUMER']],
];

export class Migration20261205150000_enums extends Migration {
  override async up(): Promise<void> {
    // Named as MikroORM names an enum's check (<table>_<column>_check), so a schema diff finds it.
    for (const [table, column, values] of CHECKS) {
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_check" check ("${column}" in (${values.map((v) => `'${v}'`).join(', ')}));`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, column] of CHECKS) this.addSql(`alter table "${table}" drop constraint if exists "${table}_${column}_check";`);
  }
}

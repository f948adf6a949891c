import { Migration20261127153311_initial } from './Migration20261127153311_initial.js';
import { Migration20261127170000_rules } from './Migration20261127170000_rules.js';
import { Migration20261127171000_review } from './Migration20261127171000_review.js';
import { Migration20261127181000_security } from './Migration20261127181000_security.js';
import { Migration20261127190000_reports } from './Migration20261127190000_reports.js';
import { Migration20261127191000_encryption } from './Migration20261127191000_encryption.js';
import { Migration20261127220000_agg_pending } from './Migration20261127220000_agg_pending.js';
import { Migration20261128100000_audit_key } from './Migration20261128100000_audit_key.js';
import { Migration20261205100000_clerks } from './Migration20261205100000_clerks.js';
import { Migration20261205120000_accounts } from './Migration20261205120000_accounts.js';
import { Migration20261205130000_teams } from './Migration20261205130000_teams.js';
import { Migration20261205160000_checks } from './Migration20261205160000_checks.js';
import { Migration20261206100000_spot_check_risk } from './Migration20261206100000_spot_check_risk.js';
import { Migration20261207100000_households } from './Migration20261207100000_households.js';
import { Migration20261208100000_sync } from './Migration20261208100000_sync.js';
import { Migration20261209100000_keying } from './Migration20261209100000_keying.js';
import { Migration20261210100000_pending_keyers } from './Migration20261210100000_pending_keyers.js';
import { Migration20261211100000_task_status_id } from './Migration20261211100000_task_status_id.js';
import { Migration20261212100000_backlog_counters } from './Migration20261212100000_backlog_counters.js';
import { Migration20261212110000_task_released } from './Migration20261212110000_task_released.js';

/** Applied in order; one folder per dialect because the SQL differs. */
export const sqliteMigrations = [
  { name: 'Migration20261127153311_initial', class: Migration20261127153311_initial },
  { name: 'Migration20261127170000_rules', class: Migration20261127170000_rules },
  { name: 'Migration20261127171000_review', class: Migration20261127171000_review },
  { name: 'Migration20261127181000_security', class: Migration20261127181000_security },
  { name: 'Migration20261127190000_reports', class: Migration20261127190000_reports },
  { name: 'Migration20261127191000_encryption', class: Migration20261127191000_encryption },
  { name: 'Migration20261127220000_agg_pending', class: Migration20261127220000_agg_pending },
  { name: 'Migration20261128100000_audit_key', class: Migration20261128100000_audit_key },
  { name: 'Migration20261205100000_clerks', class: Migration20261205100000_clerks },
  { name: 'Migration20261205120000_accounts', class: Migration20261205120000_accounts },
  { name: 'Migration20261205130000_teams', class: Migration20261205130000_teams },
  { name: 'Migration20261205160000_checks', class: Migration20261205160000_checks },
  { name: 'Migration20261206100000_spot_check_risk', class: Migration20261206100000_spot_check_risk },
  { name: 'Migration20261207100000_households', class: Migration20261207100000_households },
  { name: 'Migration20261208100000_sync', class: Migration20261208100000_sync },
  { name: 'Migration20261209100000_keying', class: Migration20261209100000_keying },
  { name: 'Migration20261210100000_pending_keyers', class: Migration20261210100000_pending_keyers },
  { name: 'Migration20261211100000_task_status_id', class: Migration20261211100000_task_status_id },
  { name: 'Migration20261212100000_backlog_counters', class: Migration20261212100000_backlog_counters },
  { name: 'Migration20261212110000_task_released', class: Migration20261212110000_task_released },
];

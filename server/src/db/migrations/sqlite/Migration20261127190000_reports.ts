import { Migration } from '@mikro-orm/migrations';

// Frozen copies of the column lists as of this migration (see services/aggregates.ts).
const KIND_COLUMNS = ['diacritic', 'case_spacing', 'transposition', 'omission_insertion', 'substitution', 'day_month_swap', 'missing', 'illegible', 'rule', 'other'].map((k) => `err_${k}`);
const HISTOGRAM_COLUMNS = Array.from({ length: 24 }, (_, i) => `h${String(i).padStart(2, '0')}`);

const counters = (names: string[]) => names.map((c) => `"${c}" int not null default 0`).join(', ');

/**
 * (SQLite: the same statements; double-quoted identifiers and these type names are valid there.)
 * Report aggregates: daily counters kept up to date in the transactions that change them, so
 * reports never scan keyings. `day` is the calendar day in Vietnam (UTC+7), 'YYYY-MM-DD'.
 * Keyer, field and reviewer tables also hold national rollup rows: batch_id = 0 and
 * province_code = '' (the sum of that day's rows of every batch of the template).
 */
export class Migration20261127190000_reports extends Migration {
  override async up(): Promise<void> {
    const tables: [string, string, string[], string[]][] = [
      [
        'agg_batch_day',
        `"day" varchar(10) not null, "batch_id" int not null, "province_code" varchar(3) not null, "template_id" int not null`,
        ['batch_id', 'day'],
        ['forms', 'compared', 'fields_compared', 'auto_verified', 'to_review', 'discrepancies', 'disagreements', 'keyings', 'rekeyings', 'fields_keyed', 'errors', 'review_verified', 'spot_checked', 'spot_corrected', 'rejected', 'rescanned'],
      ],
      [
        'agg_keyer_day',
        `"day" varchar(10) not null, "keyer_code" varchar(50) not null, "batch_id" int not null, "template_id" int not null, "province_code" varchar(3) not null`,
        ['batch_id', 'day', 'keyer_code', 'template_id'],
        ['keyings', 'forms', 'fields_keyed', 'keystrokes', 'seconds', 'errors', ...KIND_COLUMNS, ...HISTOGRAM_COLUMNS],
      ],
      [
        'agg_field_day',
        `"day" varchar(10) not null, "field_key" varchar(50) not null, "batch_id" int not null, "template_id" int not null, "province_code" varchar(3) not null`,
        ['batch_id', 'day', 'field_key', 'template_id'],
        ['discrepancies', 'disagreements', 'errors', 'rekeyed'],
      ],
      [
        'agg_pair_day',
        `"day" varchar(10) not null, "keyer_a" varchar(50) not null, "keyer_b" varchar(50) not null, "batch_id" int not null, "province_code" varchar(3) not null, "template_id" int not null`,
        ['batch_id', 'day', 'keyer_a', 'keyer_b'],
        ['forms', 'fields_compared', 'disagreements'],
      ],
      [
        'agg_reviewer_day',
        `"day" varchar(10) not null, "reviewer_id" int not null, "batch_id" int not null, "template_id" int not null, "province_code" varchar(3) not null`,
        ['batch_id', 'day', 'reviewer_id', 'template_id'],
        ['resolved', 'spot_checked', 'spot_corrected', 'rejected', 'escalated', 'fields', 'agreed_first', 'agreed_second', 'agreed_both', 'agreed_neither', 'seconds', ...HISTOGRAM_COLUMNS],
      ],
    ];
    for (const [name, keys, pk, cols] of tables) {
      // Reports read one batch or the rollup rows (batch_id = 0) over a day range: the primary key
      // leads with (batch_id, day); or one province's rows. Few indexes: every ingest call writes here.
      this.addSql(`create table "${name}" (${keys}, ${counters(cols)}, constraint "${name}_pkey" primary key (${pk.map((c) => `"${c}"`).join(', ')}));`);
      this.addSql(`create index "${name}_province_code_day_index" on "${name}" ("province_code", "day");`);
    }
  }
}

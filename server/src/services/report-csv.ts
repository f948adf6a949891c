/** The reports' CSV downloads: one column list per report, written by the server's one CSV writer (domain/csv.ts). */
import { DISCREPANCY_KINDS } from '../domain/compare.js';
import { csvText } from '../domain/csv.js';
import type { AreaRow, FieldRow, KeyerRow, PairRow, ReviewerRow } from './report-rows.js';

export type CsvColumn<T> = [header: string, get: (r: T) => unknown];

/** RFC 4180 with a header row and CRLF; text cells that a spreadsheet would run as a formula are defused. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return csvText([columns.map(([h]) => h), ...rows.map((r) => columns.map(([, get]) => get(r)))], { guard: true, eol: '\r\n' });
}

const pick = <T>(names: (keyof T & string)[]): CsvColumn<T>[] => names.map((k) => [k, (r: T) => r[k]]);

export const CSV_COLUMNS = {
  keyers: [
    ...pick<KeyerRow>(['day', 'keyerCode', 'forms', 'keyings', 'fieldsKeyed', 'keystrokes', 'fieldErrors', 'errorRate', 'errorRateLow', 'errorRateHigh', 'errorsPerThousandKeystrokes', 'medianSecondsPerForm']),
    ...DISCREPANCY_KINDS.map((kind): CsvColumn<KeyerRow> => [`errors${kind}`, (r) => r.errorKinds.find((k) => k.kind === kind)?.errors ?? 0]),
    ...pick<KeyerRow>(['populationRate', 'upperControlLimit', 'outOfControl', 'zScore']),
  ],
  fields: pick<FieldRow>(['day', 'fieldKey', 'keyed', 'errors', 'errorRate', 'errorRateLow', 'errorRateHigh', 'compared', 'discrepancies', 'discrepancyRate']),
  areas: pick<AreaRow>([
    'level', 'day', 'batchId', 'batchCode', 'batchStatus', 'district', 'provinceCode', 'forms', 'compared', 'autoVerified', 'toReview', 'reviewVerified', 'spotChecked', 'spotCorrected',
    'rejected', 'done', 'progress', 'discrepancyRate', 'fieldsCompared', 'fieldDiscrepancyRate', 'agreementRate', 'fieldsKeyed', 'errors', 'errorRate', 'openTasks', 'oldestOpenTaskAt', 'oldestOpenTaskAgeSeconds',
  ]),
  reviewers: pick<ReviewerRow>([
    'day', 'reviewerId', 'tasksResolved', 'reviewTasks', 'spotChecks', 'spotCorrections', 'rejected', 'escalated', 'fieldsResolved', 'agreedFirst', 'agreedSecond', 'agreedBoth', 'agreedNeither',
    'agreedFirstRate', 'agreedSecondRate', 'agreedNeitherRate', 'medianSecondsToResolve', 'p90SecondsToResolve',
  ]),
  pairs: pick<PairRow>(['day', 'keyerA', 'keyerB', 'forms', 'fieldsCompared', 'fieldsAgreed', 'agreementRate']),
};

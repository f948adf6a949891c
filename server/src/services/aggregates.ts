/**
 * Report aggregates: daily counters that the events changing them (ingest, resolution, spot
 * check, rejection, rescan, escalation) record in their own transaction, so reports read a few
 * thousand small rows instead of scanning keyings.
 *
 * Every table is keyed by `day`, the calendar day in Vietnam (UTC+7) of what is counted:
 * - keyings, fields keyed, keystrokes, seconds per form and *errors*: the day the keying was
 *   submitted (an error charged today on last week's keying counts against last week's work,
 *   so a rate's numerator and denominator describe the same keyings);
 * - forms created, compared, verified automatically, sent to review, discrepancies: the day of
 *   the ingest call that did it;
 * - resolutions, spot checks, rejections, rescans, escalations: the day they happened.
 * - the backlog (agg_batch_day's pending_tasks and pending_fields: the tasks waiting now and their
 *   discrepancies): the day the task was created. A task adds itself when it enters a waiting
 *   status and takes itself back when it leaves, so the sum over all days is the backlog as it
 *   stands, read per batch without touching the tasks.
 *
 * Keyer, field and reviewer tables also hold a national rollup row per (day, key, template):
 * batch_id = 0, province_code = ''; the keyer table also a monthly one (batch_id = MONTHLY, day
 * 'YYYY-MM'). Reports without a batch or province filter read only rollups (for keyers: whole
 * months from the monthly rows, the days of partial months from the daily ones); with a filter,
 * only per-batch rows. Never sum two kinds of rows over the same days.
 *
 * Hooks add their deltas to the transaction's `Deltas`; `commit` appends them (per-batch rows
 * only) to `agg_pending` as one row, the transaction's last statement. `foldPending` merges
 * pending rows, adds their rollups, and writes each table with ONE multi-row `insert ... on
 * conflict do update set c = c + excluded.c`: every second in the background, and before
 * anything reads the tables (reports, `readAggregates`), so a report still counts every
 * transaction committed before it. The rollup rows are shared by every concurrent transaction:
 * updated in those transactions they serialized ingest (each call waited for the others' row
 * locks); folded, they are written once per fold by one writer at a time.
 *
 * `recompute` derives every row from the raw tables with plain GROUP BYs: the property test
 * checks the incremental rows against it, and `rebuild` uses it to (re)fill the tables.
 *
 * The parts: aggregate-deltas.ts (the tables, `Deltas`), aggregate-hooks.ts (what each event
 * counts), aggregate-fold.ts (`foldPending`, `AggregateFolder`), aggregate-recompute.ts
 * (`recompute`, `readAggregates`, `rebuild`). Services, CLI and tests import them from here.
 */
export * from './aggregate-deltas.js';
export * from './aggregate-hooks.js';
export * from './aggregate-fold.js';
export * from './aggregate-recompute.js';

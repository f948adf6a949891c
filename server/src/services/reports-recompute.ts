/**
 * The per-keyer and per-field reports computed with plain GROUP BYs over the raw rows instead of
 * the aggregates: the benchmark (bench/reports.ts) times both, and tests/api/reports.test.ts
 * checks that they agree. Not used by the API.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ReportFilter } from '../domain/report-filter.js';
import { vnDayStart } from '../domain/stats.js';
import { KIND_COLUMNS } from './aggregate-deltas.js';
import { histogramSums, sqlDialect } from './aggregate-recompute.js';
import { fieldRows, keyerRows, type FieldRow, type KeyerRow } from './report-rows.js';
import { inList, n, resolveScope, type Num, type Scope } from './report-sql.js';
import { exec, sqlDate } from './sql.js';
import type { TemplateCache } from './templates.js';

/** Time column `time` and batch column `batch` of the raw rows within the scope. */
function rawWhere(em: SqlEntityManager, s: Scope, time: string, batch: string): { sql: string; params: unknown[]; joinBatch: boolean } {
  const w: string[] = [];
  const params: unknown[] = [];
  if (s.from) (w.push(`${time} >= ?`), params.push(sqlDate(em, vnDayStart(s.from))));
  if (s.to) (w.push(`${time} < ?`), params.push(sqlDate(em, new Date(vnDayStart(s.to).getTime() + 86_400_000))));
  if (s.batchId !== null) (w.push(`${batch} = ?`), params.push(s.batchId));
  if (s.batchIds) (w.push(`${batch} in (${inList(s.batchIds)})`), params.push(...s.batchIds));
  if (s.provinceCode !== null) (w.push('b.province_code = ?'), params.push(s.provinceCode));
  if (s.templateIds) (w.push(`b.template_id in (${s.templateIds.map(() => '?').join(', ')})`), params.push(...s.templateIds));
  return { sql: w.length ? `where ${w.join(' and ')}` : '', params, joinBatch: s.provinceCode !== null || s.templateIds !== null };
}

export class RawReports {
  constructor(private readonly templates: TemplateCache) {}

  async keyers(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<KeyerRow[]> {
    const s = await resolveScope(em, f);
    const q = sqlDialect(em);
    const w = rawWhere(em, s, 'k.submitted_at', 'f.batch_id');
    const join = s.batchId !== null || s.batchIds !== null || w.joinBatch ? ` join form f on f.id = k.form_id${w.joinBatch ? ' join batch b on b.id = f.batch_id' : ''}` : '';
    const day = byDay ? `, ${q.day('k.submitted_at')} as day` : '';
    const group = byDay ? 'keyer_code, day' : 'keyer_code';
    const volume = await exec<Record<string, Num>[]>(
      em,
      `select ${group}, count(*) as keyings, sum(case when pass < 3 then 1 else 0 end) as forms, sum(fields_keyed) as fields_keyed, sum(keystrokes) as keystrokes,
         sum(error_count) as errors, ${histogramSums('s', 'pass < 3')}
       from (select k.keyer_code${day}, k.pass, k.fields_keyed, k.keystrokes, k.error_count, ${q.seconds('k.started_at', 'k.submitted_at')} as s from keying k${join} ${w.sql}) x
       group by ${group}`,
      w.params,
    );
    const kinds = await exec<Record<string, Num>[]>(
      em,
      `select e.keyer_code${day}, e.kind, count(*) as n from keying_error e join keying k on k.id = e.keying_id${w.joinBatch ? ' join batch b on b.id = e.batch_id' : ''} ${rawWhere(em, s, 'k.submitted_at', 'e.batch_id').sql}
       group by e.keyer_code${byDay ? `, ${q.day('k.submitted_at')}` : ''}, e.kind`,
      w.params,
    );
    const byKey = new Map(volume.map((r) => [`${r.keyer_code}\u0000${byDay ? r.day : ''}`, r]));
    for (const k of kinds) {
      const r = byKey.get(`${k.keyer_code}\u0000${byDay ? k.day : ''}`);
      if (r) r[KIND_COLUMNS[String(k.kind)] ?? KIND_COLUMNS.OTHER] = n(r[KIND_COLUMNS[String(k.kind)] ?? KIND_COLUMNS.OTHER]) + n(k.n);
    }
    return keyerRows(volume, byDay);
  }

  async fields(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<FieldRow[]> {
    const s = await resolveScope(em, f);
    const q = sqlDialect(em);
    const day = (c: string) => (byDay ? `, ${q.day(c)} as day` : '');
    const dayGroup = byDay ? ', day' : '';
    // Numerators: errors by keying day, discrepancies of review tasks by creation day, third keyings' fields.
    const we = rawWhere(em, s, 'k.submitted_at', 'e.batch_id');
    const errors = await exec<Record<string, Num>[]>(
      em,
      `select field_key, template_id${dayGroup}, count(*) as errors from (select e.field_key, b.template_id${day('k.submitted_at')} from keying_error e join keying k on k.id = e.keying_id join batch b on b.id = e.batch_id ${we.sql}) x group by field_key, template_id${dayGroup}`,
      we.params,
    );
    const wd = rawWhere(em, s, 'd.created_at', 'd.batch_id');
    const discrepancies = await exec<Record<string, Num>[]>(
      em,
      `select field_key, template_id${dayGroup}, count(*) as discrepancies from (select d.field_key, b.template_id${day('d.created_at')} from discrepancy d join correction_task t on t.id = d.task_id join batch b on b.id = d.batch_id
         ${wd.sql ? `${wd.sql} and` : 'where'} t.kind = 'REVIEW') x group by field_key, template_id${dayGroup}`,
      wd.params,
    );
    const wk = rawWhere(em, s, 'k.submitted_at', 'f.batch_id');
    const rekeyed = await exec<Record<string, Num>[]>(
      em,
      `select field_key, template_id${dayGroup}, count(*) as rekeyed from (select d.field_key, b.template_id${day('k.submitted_at')} from keying k join discrepancy d on d.form_id = k.form_id join form f on f.id = k.form_id join batch b on b.id = f.batch_id
         ${wk.sql ? `${wk.sql} and` : 'where'} k.pass = 3) x group by field_key, template_id${dayGroup}`,
      wk.params,
    );
    // Denominators per template: pass-1/2 keyings, and forms compared (both passes in).
    const keyed = await exec<Record<string, Num>[]>(
      em,
      `select template_id${dayGroup}, count(*) as keyed from (select b.template_id${day('k.submitted_at')} from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id
         ${wk.sql ? `${wk.sql} and` : 'where'} k.pass < 3) x group by template_id${dayGroup}`,
      wk.params,
    );
    const wc = rawWhere(em, s, 'c.at', 'f.batch_id');
    const compared = await exec<Record<string, Num>[]>(
      em,
      `select template_id${dayGroup}, count(*) as compared from (select b.template_id${day('c.at')}
         from (select k1.form_id, case when k1.created_at > k2.created_at then k1.created_at else k2.created_at end as at
               from keying k1 join keying k2 on k2.form_id = k1.form_id and k2.pass = 2 where k1.pass = 1) c
         join form f on f.id = c.form_id join batch b on b.id = f.batch_id ${wc.sql}) x
       group by template_id${dayGroup}`,
      wc.params,
    );
    const denominators = new Map<string, Record<string, Num>>();
    for (const r of [...keyed, ...compared]) {
      const id = `${r.template_id}\u0000${byDay ? r.day : ''}`;
      denominators.set(id, { ...denominators.get(id), ...r });
    }
    return fieldRows(this.templates, em, [...errors, ...discrepancies, ...rekeyed], [...denominators.values()], byDay);
  }
}

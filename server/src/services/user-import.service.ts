import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { parse } from 'csv-parse/sync';
import { Team, User } from '../db/entities/index.js';
import { checkAccount, type AccountFields } from '../domain/accounts.js';
import { DomainError } from '../domain/errors.js';
import { generateOneTimePassword, hashOneTimePassword, ONE_TIME_PASSWORD_TTL_SECONDS, oneTimePasswordExpiry } from '../domain/password.js';
import { audit } from './audit.service.js';
import type { ServiceContext } from './context.js';
import { insertRows } from './sql.js';

/** The columns of an import file; `keyerCode` and `team` (a team's code) may be left out. */
export const IMPORT_COLUMNS = ['username', 'displayName', 'role', 'keyerCode', 'team'] as const;
const REQUIRED = ['username', 'displayName', 'role'];
/** `$in` lists per lookup: well under SQLite's and PostgreSQL's parameter limits. */
const LOOKUP_CHUNK = 1000;

export interface ImportProblem {
  /** Line of the file (1 is the header). */
  line: number;
  field: string;
  reason: string;
}

export interface ImportedAccount extends AccountFields {
  line: number;
  team: string | null;
  id: number;
  /** Shown once: the account must change it at its first sign-in. */
  oneTimePassword: string;
}

export interface ImportResult {
  created: number;
  skipped: number;
  failed: number;
  accounts: ImportedAccount[];
  /** When the new accounts' one-time passwords stop opening them (null when none was made). */
  oneTimePasswordsExpireAt: Date | null;
  /** Accounts already there (same username): left as they are, no new password. */
  skippedAccounts: { line: number; username: string }[];
  problems: ImportProblem[];
}

interface Row extends AccountFields {
  line: number;
  /** The team's code, or null: national. */
  team: string | null;
}

/** Bulk creation of accounts from CSV, for the CLI and the dashboard's upload alike. */
export class UserImportService {
  constructor(private readonly oneTimeTtlSeconds = ONE_TIME_PASSWORD_TTL_SECONDS) {}

  /** Reads the file: a whole-file problem (header, quoting, size) refuses it; a bad row is reported and left out. */
  parseCsv(csv: string, maxRows: number): { rows: Row[]; problems: ImportProblem[] } {
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
    } catch (e) {
      const line = (e as { lines?: number }).lines ?? 0;
      throw fileProblem(line, 'file', `is not valid CSV: ${(e as Error).message.replace(/^Invalid [^:]*: /, '').slice(0, 200)}`);
    }
    if (!records.length) throw fileProblem(1, 'header', `is missing: the first line names the columns ${IMPORT_COLUMNS.join(',')}`);
    const header = records[0].record.map((h) => h.trim());
    const columns = header.map((h) => IMPORT_COLUMNS.find((c) => c.toLowerCase() === h.toLowerCase()));
    const unknown = header.filter((_, i) => !columns[i]);
    if (unknown.length) throw fileProblem(1, 'header', `has unknown columns ${unknown.map((u) => JSON.stringify(u)).join(', ')}; the columns are ${IMPORT_COLUMNS.join(',')}`);
    const missing = REQUIRED.filter((c) => !columns.includes(c as never));
    if (missing.length) throw fileProblem(1, 'header', `lacks the columns ${missing.join(', ')}`);
    if (new Set(columns).size !== columns.length) throw fileProblem(1, 'header', 'names a column twice');
    if (records.length - 1 > maxRows) throw new DomainError('TOO_MANY_ITEMS', `at most ${maxRows} accounts per import, got ${records.length - 1}; split the file`, { max: maxRows });

    const rows: Row[] = [];
    const problems: ImportProblem[] = [];
    const firstLine = { username: new Map<string, number>(), keyerCode: new Map<string, number>() };
    for (const { record, info } of records.slice(1)) {
      const line = info.lines;
      if (record.length !== header.length) {
        problems.push({ line, field: 'row', reason: `has ${record.length} fields; the header has ${header.length}` });
        continue;
      }
      const get = (c: string) => record[columns.indexOf(c as never)] ?? '';
      const { account, problems: own } = checkAccount({ username: get('username'), displayName: get('displayName'), role: get('role').toUpperCase(), keyerCode: get('keyerCode') });
      const rowProblems = own.map((p) => ({ line, ...p }));
      // A later row repeating a username or code of an earlier one is the mistake; the first stands.
      for (const field of ['username', 'keyerCode'] as const) {
        const v = account[field];
        if (v == null || own.some((p) => p.field === field)) continue;
        const first = firstLine[field].get(v);
        if (first !== undefined) rowProblems.push({ line, field, reason: `repeats ${field === 'username' ? 'the username' : 'the keyer code'} "${v}" of line ${first}` });
        else firstLine[field].set(v, line);
      }
      const team = get('team').trim() || null;
      if (team && account.role === 'ADMIN') rowProblems.push({ line, field: 'team', reason: 'admins belong to no team' });
      if (rowProblems.length) problems.push(...rowProblems);
      else rows.push({ line, ...account, team });
    }
    return { rows, problems };
  }

  /**
   * Creates each good row with a one-time password; rows whose username exists are skipped (so a
   * re-run creates nothing twice), bad rows are reported by line and field. All new accounts and
   * the one audit event (counts and ids; never a password) commit in one transaction, with
   * multi-row inserts.
   */
  async import(ctx: ServiceContext, csv: string, opts: { maxRows: number; via?: string }): Promise<ImportResult> {
    const { rows, problems } = this.parseCsv(csv, opts.maxRows);
    const now = new Date();
    try {
      return await ctx.em.transactional(async (tx) => {
        const byName = new Set<string>();
        const codeOwner = new Map<string, string>();
        for (let i = 0; i < rows.length; i += LOOKUP_CHUNK) {
          const chunk = rows.slice(i, i + LOOKUP_CHUNK);
          const codes = chunk.map((r) => r.keyerCode).filter((c): c is string => c != null);
          const found = await tx.find(User, { $or: [{ username: { $in: chunk.map((r) => r.username) } }, ...(codes.length ? [{ keyerCode: { $in: codes } }] : [])] }, { fields: ['username', 'keyerCode'] });
          for (const u of found) {
            byName.add(u.username);
            if (u.keyerCode) codeOwner.set(u.keyerCode, u.username);
          }
        }
        const teamCodes = [...new Set(rows.map((r) => r.team).filter((t): t is string => t != null))];
        const teams = new Map((teamCodes.length ? await tx.find(Team, { code: { $in: teamCodes } }, { fields: ['id', 'code'] }) : []).map((t) => [t.code, t.id]));
        const skippedAccounts: ImportResult['skippedAccounts'] = [];
        const fresh: (Row & { oneTimePassword: string })[] = [];
        for (const r of rows) {
          if (byName.has(r.username)) skippedAccounts.push({ line: r.line, username: r.username });
          else if (r.keyerCode != null && codeOwner.has(r.keyerCode)) problems.push({ line: r.line, field: 'keyerCode', reason: `"${r.keyerCode}" already belongs to another account` });
          else if (r.team != null && !teams.has(r.team)) problems.push({ line: r.line, field: 'team', reason: `no team has the code "${r.team.slice(0, 50)}"` });
          else fresh.push({ ...r, oneTimePassword: generateOneTimePassword() });
        }
        // New ids in input order (on PostgreSQL a COPY inside the transaction).
        const ids = fresh.length
          ? await insertRows(
              tx,
              'app_user',
              ['username', 'password_hash', 'role', 'display_name', 'keyer_code', 'active', 'created_at', 'token_version', 'team_id'],
              fresh.map((r) => [r.username, hashOneTimePassword(r.oneTimePassword, now), r.role, r.displayName, r.keyerCode, true, now, 0, r.team == null ? null : teams.get(r.team)!]),
              { returningIds: true },
            )
          : [];
        const accounts = fresh.map(({ line, username, displayName, role, keyerCode, team, oneTimePassword }, i) => ({ line, id: ids[i], username, displayName, role, keyerCode, team, oneTimePassword }));
        problems.sort((a, b) => a.line - b.line);
        const failed = new Set(problems.map((p) => p.line)).size;
        await audit(tx, ctx.actor, [
          {
            action: 'users.import',
            entityType: 'user',
            entityId: null,
            data: { created: accounts.length, skipped: skippedAccounts.length, failed, userIds: accounts.map((a) => a.id), ...(opts.via ? { via: opts.via } : {}) },
          },
        ], now);
        const oneTimePasswordsExpireAt = accounts.length ? oneTimePasswordExpiry(now, this.oneTimeTtlSeconds) : null;
        return { created: accounts.length, skipped: skippedAccounts.length, failed, accounts, oneTimePasswordsExpireAt, skippedAccounts, problems };
      });
    } catch (e) {
      // Another import or createUser took a username or code between our lookup and the insert.
      if (e instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'some of these accounts were created by someone else meanwhile; run the import again (accounts already there are skipped)');
      throw e;
    }
  }
}

function fileProblem(line: number, field: string, reason: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `line ${line}: ${field} ${reason}`, { problems: [{ field, reason, line }] });
}

import { closeSync, fchmodSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../domain/roles.js';

const HELP = `usage: npm run cli -- users <create|import> [options]

  users create --role ROLE --username NAME [--display-name "NAME"] [--keyer-code CODE]
      Creates one account, e.g. the first ADMIN of a new deployment. The password is asked on the
      terminal (twice, not echoed) or, when standard input is not a terminal, read from its first
      line; never from the command line. It must pass the password policy (at least 12
      characters, not guessable, not containing the username or name).
      ROLE: ${ROLES.join(', ')}; a KEYER needs --keyer-code.

  users import FILE.csv [--passwords-out FILE]
      Creates accounts from a CSV file with the header username,displayName,role,keyerCode
      (keyerCode required for KEYER rows; UTF-8, BOM and CRLF accepted). Each new account gets a
      one-time password, written to --passwords-out (default: FILE without .csv, then
      .passwords.csv; readable by its owner only; never overwritten); each person must change it
      at their first sign-in, within ONE_TIME_PASSWORD_TTL_HOURS (default 168: a week). Accounts
      already there (same username) are skipped; bad rows are reported by line and the others
      created.

Both apply pending database migrations first (as the server does when it starts); DATABASE_URL,
DATA_DIR, AUTH_SECRET and the key ring as for the server. Audited as "system" (via cli).

options:
  -h, --help   this text

Exit 0: done; 1: refused (weak password, bad rows, account exists...); 2: usage or setup error.
`;

/** Accounts per CLI import: more than the dashboard's 10,000; still one transaction. */
const CLI_MAX_ROWS = 100_000;

export interface UsersIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
}

class Refused extends Error {}

/** `npm run cli -- users ...` */
export async function runUsers(argv: string[], io: UsersIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = argv;
  const usage = (msg: string) => {
    io.stderr.write(`error: ${msg}\n\n${HELP}`);
    return 2;
  };
  if (sub === undefined || sub === '-h' || sub === '--help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (sub !== 'create' && sub !== 'import') return usage(`unknown users command "${sub}"`);
  let parsed;
  try {
    parsed =
      sub === 'create'
        ? parseArgs({
            args: rest,
            strict: true,
            allowPositionals: false,
            options: { help: { type: 'boolean', short: 'h' }, role: { type: 'string' }, username: { type: 'string' }, 'display-name': { type: 'string' }, 'keyer-code': { type: 'string' } },
          })
        : parseArgs({ args: rest, strict: true, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, 'passwords-out': { type: 'string' } } });
  } catch (e) {
    return usage((e as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  try {
    return sub === 'create' ? await create(values, io, env) : await importFile(parsed.positionals, values, io, env, usage);
  } catch (e) {
    if (e instanceof Refused) {
      io.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

async function create(values: Record<string, string | boolean | undefined>, io: UsersIo, env: NodeJS.ProcessEnv): Promise<number> {
  const role = String(values.role ?? '').toUpperCase();
  const username = String(values.username ?? '').trim().toLowerCase();
  if (!isRole(role)) {
    io.stderr.write(`error: --role must be one of ${ROLES.join(', ')}\n`);
    return 2;
  }
  if (!username) {
    io.stderr.write('error: --username is required\n');
    return 2;
  }
  const displayName = String(values['display-name'] ?? username);
  const keyerCode = values['keyer-code'] === undefined ? null : String(values['keyer-code']);

  const password = io.stdin.isTTY ? await promptTwice(io, username) : await firstLine(io.stdin);
  if (!password) throw new Refused('no password given (type it at the prompt, or send it as the first line of standard input)');
  // Before the database is even opened: a refused password changes nothing.
  const { passwordProblem } = await import('../domain/password-policy.js');
  const problem = await passwordProblem(password, { username, displayName });
  if (problem) throw new Refused(`the password ${problem}`);

  return withDatabase(io, env, async ({ em, config }) => {
    const { AuthService } = await import('../services/auth.service.js');
    const { DomainError } = await import('../domain/errors.js');
    const auth = new AuthService(config.authSecret, config.tokenTtlSeconds);
    try {
      const user = await auth.createUser({ em, actor: null }, { username, password, role, displayName, keyerCode }, 'cli');
      io.stdout.write(`created ${user.role} account "${user.username}" (id ${user.id})\n`);
      return 0;
    } catch (e) {
      if (e instanceof DomainError) throw new Refused(e.message);
      throw e;
    }
  });
}

async function importFile(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: UsersIo,
  env: NodeJS.ProcessEnv,
  usage: (msg: string) => number,
): Promise<number> {
  if (positionals.length !== 1) return usage('users import takes one CSV file');
  const file = positionals[0];
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (e) {
    io.stderr.write(`error: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const out = typeof values['passwords-out'] === 'string' ? values['passwords-out'] : `${file.replace(/\.csv$/i, '')}.passwords.csv`;
  // Claimed before anything is created: if it cannot be written, no account gets a password nobody will see.
  let fd: number;
  try {
    fd = openSync(out, 'wx', 0o600);
    fchmodSync(fd, 0o600);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
    io.stderr.write(`error: ${exists ? `${out} already exists; refusing to overwrite one-time passwords (move it away or give --passwords-out)` : `cannot create ${out}: ${(e as Error).message}`}\n`);
    return 2;
  }
  let written = false;
  try {
    return await withDatabase(io, env, async ({ em, config }) => {
      const { UserImportService } = await import('../services/user-import.service.js');
      const { DomainError } = await import('../domain/errors.js');
      let result;
      try {
        result = await new UserImportService(config.oneTimePasswordTtlSeconds).import({ em, actor: null }, csv, { maxRows: CLI_MAX_ROWS, via: 'cli' });
      } catch (e) {
        if (e instanceof DomainError) throw new Refused(`${file}: ${e.message}`);
        throw e;
      }
      if (result.accounts.length) {
        const lines = ['username,displayName,role,keyerCode,oneTimePassword', ...result.accounts.map((a) => [a.username, a.displayName, a.role, a.keyerCode ?? '', a.oneTimePassword].map(csvField).join(','))];
        writeSync(fd, `${lines.join('\n')}\n`);
        written = true;
      }
      for (const p of result.problems) io.stderr.write(`line ${p.line}: ${p.field} ${p.reason}\n`);
      io.stdout.write(
        `created ${result.created}, skipped ${result.skipped} (already there), failed ${result.failed}` +
          (written
            ? `; one-time passwords in ${out} (owner-only), valid until ${result.oneTimePasswordsExpireAt!.toISOString()}: hand them out, then delete the file\n`
            : '; no passwords file written\n'),
      );
      return result.problems.length ? 1 : 0;
    });
  } finally {
    closeSync(fd);
    if (!written) unlinkSync(out);
  }
}

/** Opens the database as the server would, migrates it, runs `fn`, seals the audit events it wrote. */
async function withDatabase<T>(io: UsersIo, env: NodeJS.ProcessEnv, fn: (x: { em: import('@mikro-orm/knex').SqlEntityManager; config: import('../config.js').Config }) => Promise<T>): Promise<T> {
  const { loadConfig } = await import('../config.js');
  const notices: string[] = [];
  // A ConfigError (no AUTH_SECRET or key ring in production...) reaches main: exit 2.
  const config = loadConfig(env, notices);
  for (const n of notices) io.stderr.write(`${n}\n`);
  const { openOrm, migrate } = await import('../db/orm.js');
  const { sealAuditEvents } = await import('../services/audit.service.js');
  const { auditKey } = await import('../domain/crypto.js');
  const orm = await openOrm(config.db);
  try {
    const applied = await migrate(orm);
    if (applied.length) io.stderr.write(`applied migrations: ${applied.join(', ')}\n`);
    const result = await fn({ em: orm.em.fork() as never, config });
    // No server may be running yet (the first admin): seal now rather than leave events waiting.
    await sealAuditEvents(orm.em.fork() as never, auditKey(config.keyRing));
    return result;
  } finally {
    await orm.close();
  }
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The first line of a non-terminal standard input (a pipe or a file), without its line end. */
async function firstLine(stdin: Readable): Promise<string> {
  let buf = '';
  for await (const chunk of stdin) {
    buf += String(chunk);
    const nl = buf.indexOf('\n');
    if (nl >= 0) {
      buf = buf.slice(0, nl);
      break;
    }
  }
  stdin.destroy();
  return buf.replace(/\r$/, '');
}

async function promptTwice(io: UsersIo, username: string): Promise<string> {
  const first = await promptHidden(io, `Password for ${username}: `);
  if (!first) return '';
  const second = await promptHidden(io, 'Again: ');
  if (first !== second) throw new Refused('the two passwords differ; nothing was created');
  return first;
}

/** Reads a line from the terminal in raw mode, so nothing typed is echoed. */
function promptHidden(io: UsersIo, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.setRawMode?.(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    const done = (err?: Error) => {
      stdin.setRawMode?.(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (s: string) => {
      for (const ch of s) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Refused('interrupted; nothing was created'));
        if (ch === '\u0004') return typed ? undefined : done();
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';

const HELP = `usage: npm run cli -- verify-audit [options]

Checks the audit trail's hash chain (DATABASE_URL / DATA_DIR and the key ring as for the server:
the hashes are HMACs with a key derived from the key ring) and reports the first broken link.
Read-only. Prints the chain's head as SEQ:HASH: write it down (or a checkpoint) away from the
database, to find a removed or rewritten tail later.

options:
  --expect-head [SEQ:]HASH   fail unless the chain still holds this event (repeatable)
  --checkpoint FILE          fail unless the chain still holds the head signed into FILE
  --write-checkpoint FILE    when the check passes, sign the current head into FILE
  --grace SECONDS            events left unsealed for longer fail the check (default 60; the
                             sealer runs every 5 s); newer ones are only counted
  -h, --help                 this text

Exit 0: intact; 1: broken, a recorded head is gone, or events stay unsealed; 2: could not check.
`;

const HEAD = /^(?:(\d+):)?((?:k1:)?[0-9a-f]{64})$/;

/** `npm run cli -- verify-audit`: exit 0 when the chain is intact, 1 when it is not. */
export async function runVerifyAudit(argv: string[], io: { stdout: Writable; stderr: Writable }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        'expect-head': { type: 'string', multiple: true },
        checkpoint: { type: 'string' },
        'write-checkpoint': { type: 'string' },
        grace: { type: 'string' },
      },
    }));
  } catch (e) {
    io.stderr.write(`error: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const fail = (msg: string) => {
    io.stderr.write(`error: ${msg}\n`);
    return 2;
  };
  const graceSeconds = values.grace === undefined ? undefined : Number(values.grace);
  if (graceSeconds !== undefined && !(Number.isInteger(graceSeconds) && graceSeconds >= 0)) return fail(`--grace must be a whole number of seconds, got "${values.grace}"`);
  const expect: { seq?: number; hash: string; label: string }[] = [];
  for (const h of values['expect-head'] ?? []) {
    const m = HEAD.exec(h.trim());
    if (!m) return fail(`--expect-head takes HASH or SEQ:HASH as verify-audit prints it, got "${h}"`);
    expect.push({ seq: m[1] === undefined ? undefined : Number(m[1]), hash: m[2], label: `expected head ${h.trim()}` });
  }
  let checkpointText: string | undefined;
  if (values.checkpoint !== undefined) {
    try {
      checkpointText = readFileSync(values.checkpoint, 'utf8');
    } catch (e) {
      return fail(`cannot read the checkpoint ${values.checkpoint}: ${(e as Error).message}`);
    }
  }

  // The key ring must be the server's: a development fallback would create a new one, and with it
  // every keyed event would look altered.
  if (!env.DUALKEY_KEYRING) {
    const ringFile = resolve(env.KEYRING_FILE || join(env.DATA_DIR || './data', 'keyring.json'));
    if (!existsSync(ringFile)) return fail(`no key ring at ${ringFile} (the audit key comes from it): set KEYRING_FILE or DUALKEY_KEYRING as for the server`);
  }
  const { loadConfig } = await import('../config.js');
  const { auditKey } = await import('../domain/crypto.js');
  const { NoDatabaseError, openExistingDb } = await import('./db.js');
  const { CheckpointError, readCheckpoint, verifyAuditChain, writeCheckpoint } = await import('../services/audit.service.js');
  // Read-only: loads what is there and creates nothing (no DATA_DIR, key ring or token secret).
  const config = loadConfig(env, [], { create: false });
  const key = auditKey(config.keyRing);
  if (checkpointText !== undefined) {
    try {
      const c = readCheckpoint(key, checkpointText);
      expect.push({ seq: c.seq, hash: c.hash, label: `checkpoint ${values.checkpoint} (taken ${c.at})` });
    } catch (e) {
      if (!(e instanceof CheckpointError)) throw e;
      io.stdout.write(`audit checkpoint ${values.checkpoint} REJECTED: ${e.message}\n`);
      return e.forged ? 1 : 2;
    }
  }
  // A missing database (SQLite file or PostgreSQL database) is never created: an empty chain would look intact.
  let orm;
  try {
    orm = await openExistingDb(config.db);
  } catch (e) {
    if (e instanceof NoDatabaseError) return fail(e.message);
    throw e;
  }
  try {
    const [applied] = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>(`select count(*) as n from mikro_orm_migrations where name = 'Migration20261128100000_audit_key'`)
      .catch(() => [{ n: 0 }]);
    if (!Number(applied.n)) return fail('the database is not migrated to the keyed audit chain: run `npm run cli -- migrate` (or start the server) first');
    const r = await verifyAuditChain(orm.em.fork(), key, { graceSeconds, expect });
    const out = (s: string) => io.stdout.write(`${s}\n`);
    if (r.broken) {
      out(`audit chain BROKEN at event ${r.broken.id} (chain position ${r.broken.seq}): ${r.broken.reason}`);
      out(`${r.events} events before it are intact`);
      return 1;
    }
    out(`audit chain ${r.ok ? 'intact' : 'FAILED'}: ${r.events} events${r.legacy ? ` (the first ${r.legacy} sealed before the chain was keyed: plain SHA-256, protected only by the keyed events after them and by heads recorded since)` : ''}`);
    if (r.head) out(`head: ${r.headSeq}:${r.head}`);
    for (const m of r.missing) out(`MISSING ${m}`);
    const grace = graceSeconds ?? 60;
    if (r.stale) out(`UNSEALED: event ${r.stale.id} has waited ${r.stale.ageSeconds} s for its place in the chain (grace ${grace} s): its hash was cleared, or no sealer runs; ${r.unsealed} events are unsealed`);
    else if (r.unsealed) out(`${r.unsealed} newer events are not sealed yet (the oldest, event ${r.oldestUnsealed!.id}, for ${r.oldestUnsealed!.ageSeconds} s)`);
    for (const p of r.present) out(`present: ${p}`);
    if (!r.ok) return 1;
    if (values['write-checkpoint'] !== undefined) {
      if (!r.head) return fail('no sealed event yet: no checkpoint written');
      writeFileSync(values['write-checkpoint'], writeCheckpoint(key, { seq: r.headSeq, hash: r.head, at: new Date().toISOString() }));
      out(`checkpoint written to ${values['write-checkpoint']} (head ${r.headSeq})`);
    }
    return 0;
  } finally {
    await orm.close(true);
  }
}

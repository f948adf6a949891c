import type { Writable } from 'node:stream';

const HELP = `usage: npm run cli -- verify-audit

Checks the audit trail's hash chain (DATABASE_URL / DATA_DIR as for the server) and reports the
first broken link. Exit 0: intact; 1: broken; 2: could not check. Read-only: events not sealed yet
(written in the last seconds, or while no server ran) are counted, not checked.
`;

/** `npm run cli -- verify-audit`: exit 0 when the chain is intact, 1 at the first broken link. */
export async function runVerifyAudit(argv: string[], io: { stdout: Writable; stderr: Writable }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP);
    return 0;
  }
  if (argv.length) {
    io.stderr.write(HELP);
    return 2;
  }
  const { loadConfig } = await import('../config.js');
  const { openOrm } = await import('../db/orm.js');
  const { verifyAuditChain } = await import('../services/audit.service.js');
  const orm = await openOrm(loadConfig(env).db);
  try {
    const r = await verifyAuditChain(orm.em.fork());
    if (!r.ok && r.broken) {
      io.stdout.write(`audit chain BROKEN at event ${r.broken.id} (chain position ${r.broken.seq}): ${r.broken.reason}\n`);
      io.stdout.write(`${r.events} events before it are intact\n`);
      return 1;
    }
    io.stdout.write(`audit chain intact: ${r.events} events\n`);
    if (r.head) io.stdout.write(`head hash: ${r.head}\n`);
    if (r.unsealed) io.stdout.write(`${r.unsealed} newer events are not sealed yet\n`);
    return 0;
  } finally {
    await orm.close(true);
  }
}

import cliProgress from 'cli-progress';
import type { Actor } from '../services/context.js';
import { runCommand, UsageError } from './args.js';

const USAGE = `usage: npm run cli -- export --batch CODE [--as ADMIN_USERNAME]

Hands over a ready batch: writes its verified records (records.ndjson, records.csv) and
manifest.json to DATA_DIR/exports/<batch>/, then locks the batch. Exporting a handed-over batch
again rebuilds byte-identical files and checks them against its manifest. The database and the
key ring must exist (nothing is created without them). In records.csv a cell starting with
= + - @, tab or CR is prefixed with ' so a spreadsheet shows it as text (records.ndjson keeps
the values as they are; the manifest says so).

options:
  --batch CODE            the batch to hand over (required)
  --as ADMIN_USERNAME     record this active admin as the one who handed it over (default: system)
`;

export async function runExport(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const options = { batch: { type: 'string' }, as: { type: 'string' } } as const;
  return runCommand(argv, io, { usage: USAGE, options }, async (v) => {
    const code = v.batch;
    if (code === undefined) throw new UsageError('--batch CODE is required');
    const { loadConfig, loadStorageConfig } = await import('../config.js');
    const { openExistingDb } = await import('./db.js');
    const { createApp } = await import('../app.js');
    // Check before createApp, which would create and migrate a database and make a key ring.
    await (await openExistingDb(loadStorageConfig(env).db)).close(true);
    const app = await createApp(loadConfig({ ...env, SEED_DEMO: '0' }, [], { create: false }));
    try {
      return await exportBatch(app, code, v.as, io);
    } finally {
      await app.close();
    }
  });
}

async function exportBatch(app: import('../app.js').App, code: string, as: string | undefined, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean }): Promise<number> {
  try {
    const { Batch, User } = await import('../db/entities/index.js');
    const em = app.orm.em.fork();
    const batch = await em.findOne(Batch, { code });
    if (!batch) {
      io.stderr.write(`error: batch "${code}" does not exist\n`);
      return 2;
    }
    // Refused before anything is written (the service checks again): an old code like '..'.
    app.services.handover.directoryFor(batch.code);
    let actor: Actor | null = null;
    if (as) {
      const u = await em.findOne(User, { username: as, role: 'ADMIN', active: true });
      if (!u) {
        io.stderr.write(`error: "${as}" is not an active admin\n`);
        return 2;
      }
      actor = { userId: u.id, username: u.username, role: u.role, keyerCode: null };
    }
    const bar = io.isTTY ? new cliProgress.SingleBar({ format: 'export {bar} {value}/{total} records', stream: io.stderr as NodeJS.WriteStream }, cliProgress.Presets.shades_classic) : null;
    let started = false;
    const r = await app.services.handover.export({ em, actor }, batch.id, (done, total) => {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    });
    bar?.stop();
    io.stdout.write(`${r.manifest.recordCount} records of batch ${r.manifest.batch} in ${r.directory}\n`);
    for (const f of r.manifest.files) io.stdout.write(`  ${f.name}  ${f.bytes} bytes  sha256 ${f.sha256}\n`);
    io.stdout.write(`  manifest.json  sha256 ${r.manifestSha256}\n`);
    return 0;
  } catch (e) {
    io.stderr.write(`error: ${e instanceof Error ? e.message : e}\n`);
    return 2;
  }
}

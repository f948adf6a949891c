import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { createApp } from '../app.js';
import { Batch, User } from '../db/entities/index.js';
import type { Actor } from '../services/context.js';
import type { Role } from '../domain/roles.js';

const USAGE = `usage: npm run cli -- export --batch CODE [--as ADMIN_USERNAME]

Hands over a ready batch: writes its verified records (records.ndjson, records.csv) and
manifest.json to DATA_DIR/exports/<batch>/, then locks the batch. Exporting a handed-over batch
again rebuilds byte-identical files and checks them against its manifest.
`;

export async function runExport(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean }): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const code = arg('batch');
  if (!code || argv.includes('--help')) {
    io.stderr.write(USAGE);
    return code ? 0 : 2;
  }
  const app = await createApp(loadConfig({ ...process.env, SEED_DEMO: '0' }));
  try {
    const em = app.orm.em.fork();
    const batch = await em.findOne(Batch, { code });
    if (!batch) {
      io.stderr.write(`error: batch "${code}" does not exist\n`);
      return 2;
    }
    let actor: Actor | null = null;
    const as = arg('as');
    if (as) {
      const u = await em.findOne(User, { username: as, role: 'ADMIN', active: true });
      if (!u) {
        io.stderr.write(`error: "${as}" is not an active admin\n`);
        return 2;
      }
      actor = { userId: u.id, username: u.username, role: u.role as Role, keyerCode: null };
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
  } finally {
    await app.close();
  }
}

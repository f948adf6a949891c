import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { openOrm, migrate } from '../db/orm.js';
import { rotate, serializeKeyRing } from '../domain/crypto.js';
import { countRows, reencrypt } from '../services/rotation.service.js';

type IO = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean };

/** `rotate-keys`: adds a new key to the key ring file and makes it current. */
export async function runRotateKeys(_argv: string[], io: IO): Promise<number> {
  const config = loadConfig();
  if (!config.keyRingFile) {
    io.stderr.write('error: the key ring comes from DUALKEY_KEYRING; rotate it where it is kept, then run reencrypt\n');
    return 2;
  }
  const next = rotate(config.keyRing);
  writeFileSync(config.keyRingFile, serializeKeyRing(next), { mode: 0o600 });
  io.stdout.write(`key ${next.current} added to ${config.keyRingFile} and made current (${next.keys.size} keys); run: npm run cli -- reencrypt\n`);
  return 0;
}

/** `reencrypt`: re-seals stored personal data under the current key; resumable. */
export async function runReencrypt(argv: string[], io: IO): Promise<number> {
  const config = loadConfig({ ...process.env, SEED_DEMO: '0' });
  const orm = await openOrm(config.db);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const total = await countRows(em);
    const bar = io.isTTY ? new cliProgress.SingleBar({ format: 're-encrypt {bar} {value}/{total} rows', stream: io.stderr as NodeJS.WriteStream }, cliProgress.Presets.shades_classic) : null;
    bar?.start(total, 0);
    const i = argv.indexOf('--batch');
    const p = await reencrypt(em, config.keyRing, join(config.dataDir, 'reencrypt-progress.json'), {
      batch: i >= 0 ? Number(argv[i + 1]) : 500,
      onProgress: (n) => bar?.update(n),
      scansDir: join(config.dataDir, 'scans'),
    });
    bar?.stop();
    io.stdout.write(`re-encryption under key ${p.key} complete: ${p.resealed} rows and ${p.scans ?? 0} scan files re-sealed\n`);
    return 0;
  } finally {
    await orm.close();
  }
}

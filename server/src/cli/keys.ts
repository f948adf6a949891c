import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { runCommand, intOption, UsageError } from './args.js';

type IO = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean };

const ROTATE_USAGE = `usage: npm run cli -- rotate-keys

Adds a new encryption key to the key ring file (KEYRING_FILE, or DATA_DIR/keyring.json in
development) and makes it current; older keys stay to open existing data. Then run reencrypt.
The key ring must exist: this command never creates one.
`;

const REENCRYPT_USAGE = `usage: npm run cli -- reencrypt [--batch N]

Re-seals stored personal data under the key ring's current key (DATABASE_URL / DATA_DIR as for
the server); resumable: progress is kept in DATA_DIR/reencrypt-progress.json. The database and
the key ring must exist.

options:
  --batch N   rows re-sealed per transaction (default 500)
`;

const INIT_USAGE = `usage: npm run cli -- init-keyring --out FILE

Writes a new encryption key ring (one data key and the blind-index key, 32 random bytes each) to
FILE, owner-only (mode 600), for a first deployment: point KEYRING_FILE at it (or put its JSON in
DUALKEY_KEYRING) and back it up apart from the database. Never overwrites a file.

options:
  --out FILE   where to write it (required)
`;

/** `init-keyring`: a first deployment's key ring; never overwrites one (that would lose the data it opens). */
export async function runInitKeyring(argv: string[], io: IO): Promise<number> {
  return runCommand(argv, io, { usage: INIT_USAGE, options: { out: { type: 'string' } } }, async (v) => {
    if (!v.out) throw new UsageError('--out FILE is required');
    const file = resolve(v.out);
    if (existsSync(file)) {
      io.stderr.write(`error: ${file} exists; a key ring is never overwritten (the data sealed under it could not be opened again)\n`);
      return 2;
    }
    const { newKeyRing, serializeKeyRing } = await import('../domain/crypto.js');
    writeFileSync(file, serializeKeyRing(newKeyRing()), { mode: 0o600, flag: 'wx' });
    io.stdout.write(`key ring written to ${file} (owner-only); set KEYRING_FILE=${file} and back it up apart from the database\n`);
    return 0;
  });
}

/** `rotate-keys`: adds a new key to the key ring file and makes it current. */
export async function runRotateKeys(argv: string[], io: IO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runCommand(argv, io, { usage: ROTATE_USAGE }, async () => {
    const { loadConfig } = await import('../config.js');
    const { rotate, serializeKeyRing } = await import('../domain/crypto.js');
    const config = loadConfig(env, [], { create: false });
    if (!config.keyRingFile) {
      io.stderr.write('error: the key ring comes from DUALKEY_KEYRING; rotate it where it is kept, then run reencrypt\n');
      return 2;
    }
    const next = rotate(config.keyRing);
    writeFileSync(config.keyRingFile, serializeKeyRing(next), { mode: 0o600 });
    io.stdout.write(`key ${next.current} added to ${config.keyRingFile} and made current (${next.keys.size} keys); run: npm run cli -- reencrypt\n`);
    return 0;
  });
}

/** `reencrypt`: re-seals stored personal data under the current key; resumable. */
export async function runReencrypt(argv: string[], io: IO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runCommand(argv, io, { usage: REENCRYPT_USAGE, options: { batch: { type: 'string' } } }, async (v) => {
    const batch = intOption('batch', v.batch, 500, 1, 100_000);
    const { loadConfig, loadStorageConfig } = await import('../config.js');
    const { openExistingDb } = await import('./db.js');
    const { migrate } = await import('../db/orm.js');
    const { countRows, reencrypt } = await import('../services/rotation.service.js');
    // The database first: "no database" is the clearer message when neither is there.
    const orm = await openExistingDb(loadStorageConfig(env).db);
    try {
      const config = loadConfig({ ...env, SEED_DEMO: '0' }, [], { create: false });
      await migrate(orm);
      const em = orm.em.fork();
      const total = await countRows(em);
      const bar = io.isTTY ? new cliProgress.SingleBar({ format: 're-encrypt {bar} {value}/{total} rows', stream: io.stderr as NodeJS.WriteStream }, cliProgress.Presets.shades_classic) : null;
      bar?.start(total, 0);
      const p = await reencrypt(em, config.keyRing, join(config.dataDir, 'reencrypt-progress.json'), { batch, onProgress: (n) => bar?.update(n), scansDir: join(config.dataDir, 'scans') });
      bar?.stop();
      io.stdout.write(`re-encryption under key ${p.key} complete: ${p.resealed} rows and ${p.scans ?? 0} scan files re-sealed\n`);
      return 0;
    } finally {
      await orm.close();
    }
  });
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { MANIFEST_NAME, parseManifest } from '../domain/scan-file.js';
import type { Actor } from '../services/context.js';
import type { ScanOutcome } from '../services/scan-import.service.js';
import { CliError, runCommand, UsageError } from './args.js';

const USAGE = `usage: npm run cli -- import-scans --batch CODE DIR [--as ADMIN_USERNAME]

Registers the scanned forms in DIR for batch CODE (which must exist and not be handed over), so
clerks can key them in the dashboard (/key). One form per file: PNG, JPEG, PDF or SVG. The form
number is the file name without its ending (000123.png is form 000123), or, when DIR holds a
manifest.csv with the header file,formNumber, the number it gives each file. Each scan is sealed
with the key ring (DATA_DIR/scans/<batch>/, never in clear) and its form waits for passes 1 and 2.

Each file is checked and registered on its own: a file that is not an image, is cut short, is
larger than SCAN_MAX_BYTES (default 10 MB), or holds the same image as another form is reported
with its reason and the others are registered. Running it again on the same folder (after a stop,
or to add files) registers only what is not there yet ("already imported" for the rest).

options:
  --batch CODE            the batch the scans belong to (required)
  --as ADMIN_USERNAME     record this active admin as the one who registered them (default: system)

Exit 0: every file registered or already there; 1: some files refused (listed on stderr);
2: usage or setup error (unknown batch, unreadable folder...).
`;

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean };

/** One entry of a scan folder: a file to register (read when its turn comes), or a problem found already. */
export type FolderEntry = { name: string; path: string; size: number; formNumber: string | null } | ScanOutcome;

/** The files of DIR in name order, with form numbers from its manifest when it has one. */
export function readScanFolder(dir: string): FolderEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    throw new CliError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let manifest: Map<string, string> | null = null;
  if (names.includes(MANIFEST_NAME)) {
    const m = parseManifest(readFileSync(join(dir, MANIFEST_NAME), 'utf8'));
    if (m.problems.length) throw new CliError(`${MANIFEST_NAME}: ${m.problems.map((p) => `line ${p.line}: ${p.reason}`).join('; ')}`);
    manifest = m.map;
    names = names.filter((n) => n !== MANIFEST_NAME);
  }
  const out: FolderEntry[] = names.map((name) =>
    manifest && !manifest.has(name)
      ? { file: name, formNumber: null, status: 'REFUSED', reason: `is not listed in ${MANIFEST_NAME}` }
      : { name, path: join(dir, name), size: statSync(join(dir, name)).size, formNumber: manifest?.get(name) ?? null },
  );
  if (manifest) for (const [listed, formNumber] of manifest) if (!names.includes(listed)) out.push({ file: listed, formNumber, status: 'REFUSED', reason: `is listed in ${MANIFEST_NAME} but not in the folder` });
  return out;
}

export async function runImportScans(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const options = { batch: { type: 'string' }, as: { type: 'string' } } as const;
  return runCommand(argv, io, { usage: USAGE, options, positionals: { min: 1, max: 1 } }, async (v, [dir]) => {
    const code = v.batch;
    if (code === undefined) throw new UsageError('--batch CODE is required');
    // The folder is read before the database is opened: a typo in its name changes nothing.
    const files = readScanFolder(dir);
    const { loadConfig, loadStorageConfig } = await import('../config.js');
    const { openExistingDb } = await import('./db.js');
    const { createApp } = await import('../app.js');
    await (await openExistingDb(loadStorageConfig(env).db)).close(true);
    const app = await createApp(loadConfig({ ...env, SEED_DEMO: '0' }, [], { create: false }));
    try {
      const { DomainError } = await import('../domain/errors.js');
      const { User } = await import('../db/entities/index.js');
      const em = app.orm.em.fork();
      let actor: Actor | null = null;
      if (v.as) {
        const u = await em.findOne(User, { username: v.as, role: 'ADMIN', active: true });
        if (!u) throw new CliError(`"${v.as}" is not an active admin`);
        actor = { userId: u.id, username: u.username, role: u.role, keyerCode: null };
      }
      let batch;
      try {
        batch = await app.services.scanImport.batch(em, code);
      } catch (e) {
        if (e instanceof DomainError) throw new CliError(e.message);
        throw e;
      }
      const bar = io.isTTY ? new cliProgress.SingleBar({ format: 'scans {bar} {value}/{total}', stream: io.stderr as NodeJS.WriteStream }, cliProgress.Presets.shades_classic) : null;
      bar?.start(files.length, 0);
      const tally = { IMPORTED: 0, ALREADY_IMPORTED: 0, REFUSED: 0 };
      const refusedLines: string[] = [];
      for (const f of files) {
        let o: ScanOutcome;
        const big = 'status' in f ? null : app.services.scanImport.tooLarge(f.size);
        if ('status' in f) o = f;
        // Too large: refused without reading it.
        else if (big) o = { file: f.name, formNumber: f.formNumber, status: 'REFUSED', reason: big };
        else o = await app.services.scanImport.register({ em: app.orm.em.fork(), actor }, batch, { name: f.name, bytes: readFileSync(f.path), formNumber: f.formNumber });
        tally[o.status]++;
        if (o.status === 'REFUSED') refusedLines.push(`${o.file}: ${o.reason}\n`);
        bar?.increment();
      }
      bar?.stop();
      for (const l of refusedLines) io.stderr.write(l);
      io.stdout.write(`batch ${batch.code}: imported ${tally.IMPORTED}, already imported ${tally.ALREADY_IMPORTED}, refused ${tally.REFUSED}\n`);
      return tally.REFUSED ? 1 : 0;
    } finally {
      await app.close();
    }
  });
}

// First: MikroORM must load with its synchronous context store (db/sync-context.ts).
import '../db/sync-context.js';
import 'reflect-metadata';
import { runCommand } from './args.js';

const USAGE = `usage: npm run cli -- <command> [options]

Every command takes --help (-h): what it does and its options; nothing else happens.

commands:
  print-schema        print the GraphQL schema (SDL) generated from the code
  migrate             apply pending database migrations (DATABASE_URL / DATA_DIR as for the server)
  compare             compare two keying files (CSV/NDJSON) field by field; compare --help
  export              hand over a ready batch: records + manifest, then lock it; export --help
  init-keyring        write a new encryption key ring for a first deployment; init-keyring --help
  rotate-keys         add a new encryption key to the key ring file and make it current
  reencrypt           re-seal stored personal data under the current key (resumable, progress)
  verify-audit        check the audit trail's hash chain; exit 1 at the first broken link
  aggregates          check the report aggregates against the raw rows, or rebuild them; aggregates --help
  simulate            simulated campaign with ground truth through the API; accuracy report; simulate --help
  import-scans        register a folder of scanned forms for keying in the dashboard; import-scans --help
  users               create an account (the first admin) or import many from CSV; users --help
`;

const PRINT_SCHEMA_USAGE = `usage: npm run cli -- print-schema

Prints the GraphQL schema (SDL) generated from the code to stdout (npm run schema writes it to
schema.graphql). Opens no database.
`;

const MIGRATE_USAGE = `usage: npm run cli -- migrate

Applies pending database migrations (DATABASE_URL / DATA_DIR as for the server). Like the server,
creates the SQLite database, DATA_DIR and the development key ring and token secret when missing.
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  const io = { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true };
  switch (cmd) {
    case 'print-schema':
      return runCommand(args, io, { usage: PRINT_SCHEMA_USAGE }, async () => {
        const { printSdl } = await import('../graphql/print.js');
        process.stdout.write(await printSdl());
        return 0;
      });
    case 'migrate':
      return runCommand(args, io, { usage: MIGRATE_USAGE }, async () => {
        const { loadConfig } = await import('../config.js');
        const { openOrm, migrate } = await import('../db/orm.js');
        const config = loadConfig();
        const orm = await openOrm(config.db);
        const done = await migrate(orm);
        console.log(done.length ? `applied: ${done.join(', ')}` : 'database is up to date');
        await orm.close();
        return 0;
      });
    case 'init-keyring':
      return (await import('./keys.js')).runInitKeyring(args, io);
    case 'rotate-keys':
      return (await import('./keys.js')).runRotateKeys(args, io);
    case 'reencrypt':
      return (await import('./keys.js')).runReencrypt(args, io);
    case 'export':
      return (await import('./export.js')).runExport(args, io);
    case 'compare':
      return (await import('./compare.js')).runCompare(args, io);
    case 'simulate':
      return (await import('./simulate.js')).runSimulate(args, io);
    case 'aggregates':
      return (await import('./aggregates.js')).runAggregates(args, io);
    case 'verify-audit':
      return (await import('./verify-audit.js')).runVerifyAudit(args, io);
    case 'import-scans':
      return (await import('./import-scans.js')).runImportScans(args, io);
    case 'users':
      return (await import('./users.js')).runUsers(args, { ...io, stdin: process.stdin });
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      if (cmd !== undefined) process.stderr.write(`error: unknown command '${cmd}'\n`);
      process.stderr.write(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`error: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  },
);

import 'reflect-metadata';

const USAGE = `usage: npm run cli -- <command> [options]

commands:
  print-schema        print the GraphQL schema (SDL) generated from the code
  migrate             apply pending database migrations (DATABASE_URL / DATA_DIR as for the server)
  compare             compare two keying files (CSV/NDJSON) field by field; compare --help
  export              hand over a ready batch: records + manifest, then lock it; export --help
  rotate-keys         add a new encryption key to the key ring file and make it current
  reencrypt           re-seal stored personal data under the current key (resumable, progress)
  verify-audit        check the audit trail's hash chain; exit 1 at the first broken link
  aggregates          check the report aggregates against the raw rows, or rebuild them; aggregates --help
  simulate            simulated campaign with ground truth through the API; accuracy report; simulate --help
  users               create an account (the first admin) or import many from CSV; users --help
`;

async function main(argv: string[]): Promise<number> {
  const [cmd] = argv;
  switch (cmd) {
    case 'print-schema': {
      const { printSdl } = await import('../graphql/print.js');
      process.stdout.write(await printSdl());
      return 0;
    }
    case 'migrate': {
      const { loadConfig } = await import('../config.js');
      const { openOrm, migrate } = await import('../db/orm.js');
      const config = loadConfig();
      const orm = await openOrm(config.db);
      const done = await migrate(orm);
      console.log(done.length ? `applied: ${done.join(', ')}` : 'database is up to date');
      await orm.close();
      return 0;
    }
    case 'rotate-keys':
      return (await import('./keys.js')).runRotateKeys(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true });
    case 'reencrypt':
      return (await import('./keys.js')).runReencrypt(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true });
    case 'export':
      return (await import('./export.js')).runExport(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true });
    case 'compare':
      return (await import('./compare.js')).runCompare(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true });
    case 'simulate':
      return (await import('./simulate.js')).runSimulate(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true });
    case 'aggregates':
      return (await import('./aggregates.js')).runAggregates(argv.slice(1), { stdout: process.stdout, stderr: process.stderr });
    case 'verify-audit':
      return (await import('./verify-audit.js')).runVerifyAudit(argv.slice(1), { stdout: process.stdout, stderr: process.stderr });
    case 'users':
      return (await import('./users.js')).runUsers(argv.slice(1), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
    default:
      process.stderr.write(USAGE);
      return cmd ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`error: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  },
);

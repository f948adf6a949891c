/**
 * The node arguments of a server process that a test or bench spawns: the young generation
 * `npm start` gives the server (package.json; with V8's default, a server under the load bench
 * spent ~8% more CPU per request, most of it in scavenges), then BENCH_SERVER_NODE_ARGS
 * ('--cpu-prof --cpu-prof-dir=...' to profile the servers of a bench), then the TypeScript loader
 * and the entry point.
 */
export function serverArgv(): string[] {
  return ['--max-semi-space-size=64', ...(process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : []), '--import', '@swc-node/register/esm-register', 'server/src/main.ts'];
}

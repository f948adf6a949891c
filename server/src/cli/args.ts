import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A command that cannot run as asked: printed as one line, `error: …`, exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A mistake in the command line: `error: … (see --help)`, exit code 2. */
export class UsageError extends CliError {}

export interface CommandSpec<O extends OptionsConfig> {
  /** Printed to stdout for --help / -h. */
  usage: string;
  /** The command's own options; `help` (-h) is added to every command. */
  options?: O;
  /** Allowed number of positional arguments (default none). */
  positionals?: { min?: number; max: number };
}

type Values<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>['values'];

export type Parsed<O extends OptionsConfig> = { help: true } | { help: false; values: Values<O>; positionals: string[] };

/**
 * Strict parsing shared by every command: an unknown flag, an unexpected positional or a flag
 * without its value is a UsageError naming it, so a typo never runs the command with defaults.
 * --help wins over everything else but mistakes, and the caller must return before any side effect.
 */
export function parseCommand<O extends OptionsConfig>(argv: string[], spec: CommandSpec<O>): Parsed<O> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...spec.options, help: { type: 'boolean', short: 'h' } } as unknown as O, strict: true, allowPositionals: true });
  } catch (e) {
    // Node's messages name the flag; the advice after the first sentence is about '--' escapes.
    const first = String((e as Error).message).split(/\.\s/)[0]!;
    // `--batch --dry`: the flag's value is missing, or is meant to start with '-'.
    const flag = /ambiguous/.test(first) ? /'(--?[^' ]+)/.exec(first)?.[1] : undefined;
    throw new UsageError(flag ? `${first}: its value is missing (a value starting with '-' is written ${flag}=VALUE)` : first);
  }
  if ((parsed.values as { help?: boolean }).help) return { help: true };
  const { min = 0, max } = spec.positionals ?? { max: 0 };
  const extra = parsed.positionals[max];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  if (parsed.positionals.length < min) throw new UsageError(`expected ${min === max ? min : `at least ${min}`} argument${min === 1 ? '' : 's'}, got ${parsed.positionals.length}`);
  return { help: false, values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/** A whole number from a flag's text, within bounds; undefined gives the default. */
export function intOption(name: string, raw: string | undefined, dflt: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return dflt;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const report = (io: CliIo, e: CliError) => {
  io.stderr.write(`error: ${e.message}${e instanceof UsageError ? ' (see --help)' : ''}\n`);
  return 2;
};

/**
 * Runs a command: --help prints its usage (exit 0), a CliError is one line on stderr (exit 2),
 * otherwise what `body` returns is the exit code. `body` is reached only with arguments that parsed.
 */
export async function runCommand<O extends OptionsConfig>(
  argv: string[],
  io: CliIo,
  spec: CommandSpec<O>,
  body: (values: Values<O>, positionals: string[]) => Promise<number>,
): Promise<number> {
  let parsed: Parsed<O>;
  try {
    parsed = parseCommand(argv, spec);
  } catch (e) {
    if (e instanceof CliError) return report(io, e);
    throw e;
  }
  if (parsed.help) {
    io.stdout.write(spec.usage);
    return 0;
  }
  try {
    return await body(parsed.values, parsed.positionals);
  } catch (e) {
    if (e instanceof CliError) return report(io, e);
    throw e;
  }
}

import { describe, expect, it } from 'vitest';
import { intOption, parseCommand, runCommand, UsageError } from './args.js';

const spec = { usage: 'usage: x\n', options: { batch: { type: 'string' }, dry: { type: 'boolean' } }, positionals: { min: 1, max: 1 } } as const;

describe('parseCommand', () => {
  it('returns values and positionals; --help and -h win', () => {
    expect(parseCommand(['check', '--batch', 'A', '--dry'], spec)).toEqual({ help: false, values: { batch: 'A', dry: true }, positionals: ['check'] });
    expect(parseCommand(['--help'], spec)).toEqual({ help: true });
    expect(parseCommand(['-h', 'check', 'more'], spec)).toEqual({ help: true });
  });

  it('names an unknown flag, a flag without its value, and an unexpected or missing positional', () => {
    const err = (argv: string[]) => {
      try {
        parseCommand(argv, spec);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      throw new Error('parsed');
    };
    expect(err(['check', '--bogus'])).toBe("Unknown option '--bogus'");
    expect(err(['check', '--batch'])).toContain("'--batch <value>' argument missing");
    expect(err(['check', '--batch', '--dry'])).toBe("Option '--batch' argument is ambiguous: its value is missing (a value starting with '-' is written --batch=VALUE)");
    expect(err(['check', '--dry=yes'])).toContain("'--dry' does not take an argument");
    expect(err(['check', 'extra'])).toBe("unexpected argument 'extra'");
    expect(err([])).toBe('expected 1 argument, got 0');
    expect(() => parseCommand(['x'], { usage: '' })).toThrow("unexpected argument 'x'");
  });
});

describe('intOption', () => {
  it('parses whole numbers within bounds, or gives the default', () => {
    expect(intOption('n', undefined, 5, 1)).toBe(5);
    expect(intOption('n', '7', 5, 1)).toBe(7);
    for (const raw of ['', ' ', 'x', '1.5', '0', '1e9']) expect(() => intOption('n', raw, 5, 1, 1000), raw).toThrow('--n must be an integer from 1 to 1000');
  });
});

describe('runCommand', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    const w = (k: 'stdout' | 'stderr') => ({ write: (s: string) => ((out[k] += s), true) }) as unknown as NodeJS.WritableStream;
    return { out, io: { stdout: w('stdout'), stderr: w('stderr') } };
  };

  it('prints help to stdout (0), usage errors to stderr (2), and runs the body only for good arguments', async () => {
    let ran = 0;
    const body = async () => (ran++, 0);
    const a = io();
    expect(await runCommand(['--help'], a.io, spec, body)).toBe(0);
    expect(a.out).toEqual({ stdout: 'usage: x\n', stderr: '' });
    const b = io();
    expect(await runCommand(['check', '--bogus'], b.io, spec, body)).toBe(2);
    expect(b.out.stderr).toBe("error: Unknown option '--bogus' (see --help)\n");
    expect(ran).toBe(0);
    const c = io();
    expect(await runCommand(['check'], c.io, spec, async () => intOption('n', 'x', 1, 1))).toBe(2);
    expect(c.out.stderr).toContain('error: --n must be an integer');
    expect(await runCommand(['check'], io().io, spec, body)).toBe(0);
    expect(ran).toBe(1);
  });
});

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';
import { buildSchema, Kind, NoUnusedFragmentsRule, parse, specifiedRules, validate, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

/**
 * The GraphQL documents of the dashboard and of the tests against schema.graphql: each is valid,
 * the committed generated types are what the code generator makes of them now, and the sources
 * that use those types compile. A query or a test that drifts from the schema fails here.
 */

const ROOT = resolve(import.meta.dirname, '..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));

/** Where each set of documents lives, and where its generated types go (see codegen.ts). */
const TARGETS = [
  { name: 'dashboard', dir: 'admin/src', out: 'admin/src/gql' },
  { name: 'tests', dir: 'tests', out: 'tests/gql' },
];

/**
 * Literals that are valid documents but are sent as plain strings on purpose. Everything else
 * that parses as a valid operation must be written with graphql(), so codegen sees it.
 */
const PLAIN_ON_PURPOSE: { file: string; contains: string; why: string }[] = [
  { file: 'tests/api/hostile.test.ts', contains: 'a\\\\u0000b', why: 'a NUL escape inside the document text itself' },
  // A selection set spliced into the documents built for every operation of the schema.
  { file: 'tests/api/permissions.test.ts', contains: "' { __typename }'", why: 'a selection set, not a document' },
  { file: 'tests/api/mutation-audit.test.ts', contains: "' { __typename }'", why: 'a selection set, not a document' },
];

function sourceFiles(dir: string, out: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(ROOT, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) {
        if (p !== out) walk(p);
      } else if (/\.tsx?$/.test(e.name)) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}

interface Plucked {
  file: string;
  line: number;
  definitions: readonly DefinitionNode[];
}

function pluck(files: string[]): { docs: Plucked[]; problems: string[] } {
  const docs: Plucked[] = [];
  const problems: string[] = [];
  for (const file of files) {
    for (const s of gqlPluckFromCodeStringSync(file, readFileSync(join(ROOT, file), 'utf8'))) {
      const line = s.locationOffset.line;
      try {
        docs.push({ file, line, definitions: parse(s.body).definitions });
      } catch (e) {
        problems.push(`${file}:${line}: ${(e as Error).message}`);
      }
    }
  }
  return { docs, problems };
}

/** Each document with the fragments it uses (defined anywhere in its target), validated on its own. */
function validateAll(docs: Plucked[]): string[] {
  const problems: string[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const names = new Map<string, string>();
  for (const d of docs) {
    for (const def of d.definitions) {
      if (def.kind !== Kind.FRAGMENT_DEFINITION && def.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = def.name?.value;
      if (!name) {
        problems.push(`${d.file}:${d.line}: an operation without a name (codegen skips it)`);
        continue;
      }
      const key = `${def.kind}:${name}`;
      const where = `${d.file}:${d.line}`;
      if (def.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(name) && names.get(key) !== where) problems.push(`${where}: fragment ${name} is also defined at ${names.get(key)}`);
        fragments.set(name, def);
      }
      names.set(key, names.get(key) ?? where);
    }
  }
  const rules = specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);
  for (const d of docs) {
    const own = new Set(d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION).map((x) => (x as FragmentDefinitionNode).name.value));
    const needed: FragmentDefinitionNode[] = [];
    const queue = [...d.definitions];
    while (queue.length) {
      visit(queue.shift()!, {
        FragmentSpread(node) {
          const f = fragments.get(node.name.value);
          if (f && !own.has(f.name.value)) {
            own.add(f.name.value);
            needed.push(f);
            queue.push(f);
          }
        },
      });
    }
    for (const e of validate(schema, { kind: Kind.DOCUMENT, definitions: [...d.definitions, ...needed] }, rules)) {
      problems.push(`${d.file}:${d.line + (e.locations?.[0]?.line ?? 1) - 1}: ${e.message}`);
    }
  }
  return problems;
}

/** String literals outside graphql() that are valid operations: codegen would not see them. */
function untagged(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const src = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const look = (n: ts.Node) => {
      if ((ts.isNoSubstitutionTemplateLiteral(n) || ts.isStringLiteral(n)) && /^\s*(query|mutation|subscription|\{)/.test(n.text)) {
        const p = n.parent;
        const tagged = ts.isCallExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === 'graphql';
        const exempt = PLAIN_ON_PURPOSE.some((x) => x.file === file && n.getText().includes(x.contains));
        if (!tagged && !exempt) {
          let valid = false;
          try {
            valid = validate(schema, parse(n.text)).length === 0;
          } catch {
            // not GraphQL, or broken on purpose
          }
          if (valid) found.push(`${file}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text.slice(0, 80)}`);
        }
      }
      ts.forEachChild(n, look);
    };
    look(src);
  }
  return found;
}

describe('GraphQL documents of the dashboard and the tests', () => {
  for (const target of TARGETS) {
    it(`${target.name}: every document is valid against schema.graphql`, () => {
      const { docs, problems } = pluck(sourceFiles(target.dir, target.out));
      expect(docs.length).toBeGreaterThan(20);
      expect([...problems, ...validateAll(docs)]).toEqual([]);
    });

    it(`${target.name}: every valid document literal is written with graphql()`, () => {
      expect(untagged(sourceFiles(target.dir, target.out))).toEqual([]);
    });
  }

  it('the committed generated types are what `npm run codegen` makes now', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    const stale: string[] = [];
    for (const o of outputs) {
      const file = relative(ROOT, resolve(ROOT, o.filename));
      const committed = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : null;
      if (committed !== o.content) stale.push(file);
    }
    // No leftover file from an older run either.
    const made = new Set(outputs.map((o) => relative(ROOT, resolve(ROOT, o.filename))));
    for (const t of TARGETS) for (const f of readdirSync(join(ROOT, t.out))) if (!made.has(`${t.out}/${f}`)) stale.push(`${t.out}/${f}`);
    expect(stale, 'run `npm run codegen` and commit the result').toEqual([]);
  }, 120_000);

  it('the dashboard, the tests and the server compile against the generated types (and the dashboard and tests have no unused locals)', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const run = async (args: string[]) => {
      try {
        await promisify(execFile)(process.execPath, [tsc, ...args], { cwd: ROOT, maxBuffer: 16 << 20 });
        return '';
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? e);
      }
    };
    const [root, admin] = await Promise.all([run(['-p', '.', '--noEmit', '--noUnusedLocals']), run(['-p', 'admin', '--noEmit'])]);
    // Unused locals are this check's concern in admin/ and tests/ only.
    const errors = [...root.split('\n'), ...admin.split('\n')].filter((l) => /error TS\d+/.test(l) && !/^server\/.*error TS613[38]/.test(l));
    expect(errors).toEqual([]);
  }, 240_000);
});

import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError } from '../domain/errors.js';
import type { Config } from '../config.js';
import type { GqlContext } from './context.js';

/**
 * The endpoint's limits on what one request may ask for. Each refusal is a coded error with
 * HTTP 400 (validation errors get it from Apollo; the plugin's errors carry it themselves),
 * never a 500. Introspection is exempt from the depth, root-field and cost limits (it scores
 * ~300 and is harmless), but only signed-in callers may run it.
 */
export type QueryLimits = Config['queryLimits'];

/** Codes of the refusals below; formatError keeps them instead of GRAPHQL_VALIDATION_FAILED. */
export const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS', 'QUERY_TOO_COMPLEX']);

const badRequest = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });

function fragmentsOf(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  const m = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) m.set(d.name.value, d);
  return m;
}

const isIntrospection = (name: string) => name.startsWith('__');

/**
 * Field depth of each operation: `{ forms { items { id } } }` is 2. Fragments are measured once
 * each (a document of fragments spreading fragments stays linear); unknown or cyclic fragments
 * count as 0 here because the standard rules report them.
 */
function depthRule(max: number): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    const memo = new Map<string, number>();
    const visiting = new Set<string>();
    const depthOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      let d = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (!isIntrospection(s.name.value) && s.selectionSet) d = Math.max(d, 1 + depthOf(s.selectionSet));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          d = Math.max(d, depthOf(s.selectionSet));
        } else {
          const name = s.name.value;
          if (!memo.has(name)) {
            const f = fragments.get(name);
            if (!f || visiting.has(name)) continue;
            visiting.add(name);
            memo.set(name, depthOf(f.selectionSet));
            visiting.delete(name);
          }
          d = Math.max(d, memo.get(name)!);
        }
      }
      return d;
    };
    return {
      OperationDefinition(op) {
        const d = depthOf(op.selectionSet);
        if (d > max) {
          context.reportError(new GraphQLError(`the query is ${d} levels deep; at most ${max} are allowed`, { nodes: [op], extensions: { code: 'QUERY_TOO_DEEP' } }));
        }
        return false;
      },
    };
  };
}

/** Aliases let one request repeat an expensive field (or a login) many times. */
function aliasRule(max: number): ValidationRule {
  return (context) => {
    let n = 0;
    return {
      Field(node) {
        if (node.alias) n++;
      },
      Document: {
        leave() {
          if (n > max) context.reportError(new GraphQLError(`the document uses ${n} aliases; at most ${max} are allowed`, { extensions: { code: 'TOO_MANY_ALIASES' } }));
        },
      },
    };
  };
}

function rootFieldRule(max: number): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context.getDocument());
    const count = (set: SelectionSetNode, seen: Set<string>): number => {
      let n = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) n += isIntrospection(s.name.value) ? 0 : 1;
        else if (s.kind === Kind.INLINE_FRAGMENT) n += count(s.selectionSet, seen);
        else if (!seen.has(s.name.value) && fragments.has(s.name.value)) {
          seen.add(s.name.value);
          n += count(fragments.get(s.name.value)!.selectionSet, seen);
        }
      }
      return n;
    };
    return {
      OperationDefinition(op: OperationDefinitionNode) {
        const n = count(op.selectionSet, new Set());
        if (n > max) {
          context.reportError(new GraphQLError(`the operation asks for ${n} root fields; at most ${max} are allowed`, { nodes: [op], extensions: { code: 'TOO_MANY_ROOT_FIELDS' } }));
        }
        return false;
      },
    };
  };
}

export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [depthRule(limits.depth), aliasRule(limits.aliases), rootFieldRule(limits.rootFields)];
}

/**
 * Deepest bracket nesting of a query text, skipping strings and comments. Checked before parsing:
 * graphql-js parses recursively, and a few thousand nested brackets exhaust the stack.
 */
export function bracketDepth(q: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (c === '#') {
      while (i < q.length && q[i] !== '\n' && q[i] !== '\r') i++;
    } else if (c === '"') {
      if (q.startsWith('"""', i)) {
        i += 3;
        while (i < q.length && !q.startsWith('"""', i)) i += q.startsWith('\\"""', i) ? 4 : 1;
        i += 2;
      } else {
        i++;
        while (i < q.length && q[i] !== '"' && q[i] !== '\n') i += q[i] === '\\' ? 2 : 1;
      }
    } else if (c === '{' || c === '(' || c === '[') {
      if (++depth > max) max = depth;
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
    }
  }
  return max;
}

/**
 * Deepest nesting of objects and arrays allowed in a request body's variables (and extensions).
 * Our deepest input type needs a handful of levels; walks after this check (coercion, the JSONObject
 * scalar, the text checks) may then recurse safely.
 */
export const MAX_VARIABLES_DEPTH = 64;

/** Whether a parsed JSON value nests objects/arrays deeper than `max`; iterative, so any depth is safe to measure. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (d + 1 > max) return true;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (v[i] && typeof v[i] === 'object') stack.push([v[i], d + 1]);
    } else {
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x && typeof x === 'object') stack.push([x, d + 1]);
      }
    }
  }
  return false;
}

/** Nesting allowed in the query text: the field depth limit plus room for arguments and input objects. */
export const maxBracketDepth = (limits: QueryLimits) => limits.depth * 2 + 16;

/**
 * Lists without a page argument, weighed by what they hold: a form's fields (a template's ~30) and
 * discrepancies, its passes and tasks. Counted as one item each, `forms(first: 1000) { items {
 * fields { … } discrepancies { … } } }` passed at a thirtieth of its work (1.4 MB and 1.2 s for 300
 * forms). Five, not thirty: a page of 25 forms with their fields and masked differences side by
 * side (a manager's view) stays inside the default limit, a thousand does not. A record's and a
 * keying's values stay at one: they are what other systems page through, 1,000 records a page, and
 * the page bounds them.
 */
const LIST_ITEMS: Readonly<Record<string, number>> = {
  'Form.fields': 5,
  'Form.discrepancies': 5,
  'Form.keyings': 2,
  'Form.tasks': 2,
  'CorrectionTask.discrepancies': 5,
  'CorrectionTask.comments': 3,
  'Template.fields': 5,
};

/**
 * Cost: 1 per field, and a list field costs its page size times what each item asks for
 * (`first` or `perPage`, or the length of the longest list argument, e.g. the keyings of submitKeyings,
 * or the size an unpaged list reaches: LIST_ITEMS).
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isIntrospection(type.name) || isIntrospection(field.name)) return 0;
  let n = LIST_ITEMS[`${type.name}.${field.name}`] ?? 1;
  if (typeof args.first === 'number') n = args.first;
  else if (typeof args.perPage === 'number') n = args.perPage;
  else for (const v of Object.values(args)) if (Array.isArray(v)) n = Math.max(n, v.length);
  return 1 + Math.max(1, n) * childComplexity;
};

/**
 * Variables used directly as an argument (of a field, or of @include/@skip), by document: only
 * those can change the cost (perPage, a list's length, a switched-on selection). Nested ones sit
 * inside input objects or list literals, which the estimator does not look into.
 */
const costVariablesOf = new WeakMap<DocumentNode, string[]>();
function costVariables(doc: DocumentNode): string[] {
  let names = costVariablesOf.get(doc);
  if (!names) {
    const found = new Set<string>();
    visit(doc, {
      Argument(node) {
        if (node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
      },
    });
    names = [...found].sort();
    costVariablesOf.set(doc, names);
  }
  return names;
}

/**
 * What the cost can depend on in those variables: numbers, booleans, list lengths. Nothing is
 * walked, so a submitKeyings call with 1,000 keyings costs one `.length` here.
 */
function costKey(doc: DocumentNode, vars: Record<string, unknown>): string {
  let key = '';
  for (const name of costVariables(doc)) {
    const v = vars[name];
    key += `${name}=${Array.isArray(v) ? `[${v.length}]` : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null ? 'null' : typeof v};`;
  }
  return key;
}

/** Costs by document and the values of its cost variables; small and bounded, cleared when full. */
const costCache = new Map<string, number>();
const COST_CACHE_MAX = 1000;

/** Control characters (but tab, CR, LF), C1 controls, bidirectional overrides/isolates, lone surrogates. */
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** Those characters or a lone surrogate: a plain class and isWellFormed (Node 20, ES2024) test it several times faster than `\p{Cs}` in a Unicode-mode regex. */
function isUnsafeText(s: string): boolean {
  return UNSAFE_CHARS.test(s) || !(s as string & { isWellFormed(): boolean }).isWellFormed();
}
const UNSAFE_REASON = 'contains a control character, a bidirectional override or an unpaired surrogate';

/** Whether any string or object key in the variables is unsafe; no paths built (the common case is clean). */
function anyUnsafe(vars: unknown): boolean {
  const stack: unknown[] = [vars];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (isUnsafeText(v)) return true;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (v && typeof v === 'object') {
      for (const k in v) {
        if (isUnsafeText(k)) return true;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return false;
}

/** First unsafe string (or object key) in the variables, walked without recursion (they may be deeply nested). */
function unsafeVariable(vars: unknown): string | null {
  if (!anyUnsafe(vars)) return null;
  const stack: [unknown, string][] = [[vars, 'variables']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (isUnsafeText(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], `${path}.${i}`]);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        // Keys are echoed in the error message: a long one (fuzzing sends 10,000 characters) is cut.
        const label = k.length > 60 ? `${[...k].slice(0, 57).join('')}…` : k;
        if (isUnsafeText(k)) return `${path}.${JSON.stringify(label)}`;
        stack.push([x, `${path}.${label}`]);
      }
    }
  }
  return null;
}

/** By document: Apollo hands back the same parsed document for the same query text. */
const unsafeLiterals = new WeakMap<DocumentNode, boolean>();

function unsafeLiteral(doc: DocumentNode): boolean {
  let found = unsafeLiterals.get(doc);
  if (found === undefined) unsafeLiterals.set(doc, (found = findUnsafeLiteral(doc)));
  return found;
}

function findUnsafeLiteral(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    StringValue(node) {
      if (isUnsafeText(node.value)) found = true;
    },
  });
  return found;
}

function usesIntrospection(doc: DocumentNode, op: OperationDefinitionNode): boolean {
  const fragments = fragmentsOf(doc);
  const walk = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__schema' || s.name.value === '__type';
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, seen);
      const f = fragments.get(s.name.value);
      if (!f || seen.has(f.name.value)) return false;
      seen.add(f.name.value);
      return walk(f.selectionSet, seen);
    });
  return walk(op.selectionSet, new Set());
}

/**
 * Request-level guards that need the caller or the variables: introspection for signed-in callers
 * only, no control characters in any text, the cost limit; then HTTP 429 for throttled sign-ins and
 * a hook after every response (the audit sealer).
 */
export function securityPlugin(opts: { schema: GraphQLSchema; limits: QueryLimits; afterResponse?: (operation: string | undefined) => void }): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, contextValue }) {
          if (operation && usesIntrospection(document, operation) && !contextValue.actor) {
            throw new GraphQLError('sign in to read the schema', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          const where = unsafeVariable(request.variables ?? {}) ?? (unsafeLiteral(document) ? 'query text' : null);
          if (where) {
            throw new GraphQLError(`text ${UNSAFE_REASON} (${where})`, {
              originalError: new DomainError('BAD_USER_INPUT', `text ${UNSAFE_REASON} (${where})`, { problems: [{ field: where, reason: UNSAFE_REASON }] }),
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          const key = request.query ? `${operationName ?? ''}\u0000${request.query}\u0000${costKey(document, request.variables ?? {})}` : null;
          let cost = key ? costCache.get(key) : undefined;
          if (cost === undefined) {
            try {
              cost = getComplexity({ schema: opts.schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators: [estimator] });
            } catch (e) {
              // Invalid variables: execution reports them properly (400). Too many nodes: too costly.
              if (e instanceof GraphQLError && /number of nodes/.test(e.message)) throw badRequest(`the query is too large to estimate; simplify it`, 'QUERY_TOO_COMPLEX');
              return;
            }
            if (key && key.length < 20_000) {
              if (costCache.size >= COST_CACHE_MAX) costCache.clear();
              costCache.set(key, cost);
            }
          }
          if (cost > opts.limits.cost) {
            throw badRequest(`the query costs ${cost}; at most ${opts.limits.cost} is allowed (a list costs perPage times what each item asks for)`, 'QUERY_TOO_COMPLEX');
          }
        },
        async willSendResponse({ errors, response, operation }) {
          const throttled = errors?.find((e) => e.originalError instanceof DomainError && e.originalError.code === 'TOO_MANY_REQUESTS');
          if (throttled) {
            response.http.status = 429;
            const wait = (throttled.originalError as DomainError).details.retryAfterSeconds;
            if (typeof wait === 'number') response.http.headers.set('retry-after', String(wait));
          }
          opts.afterResponse?.(operation?.operation);
        },
      };
    },
  };
}

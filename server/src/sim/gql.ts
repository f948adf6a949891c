/** A small GraphQL-over-HTTP client for the simulator and the benchmarks, with back-off on throttling. */
import { randomBytes } from 'node:crypto';

export class GqlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `http://host:port` (or a full …/graphql URL) -> the GraphQL endpoint. */
export function graphqlEndpoint(url: string): string {
  const u = url.replace(/\/+$/, '');
  return u.endsWith('/graphql') ? u : `${u}/graphql`;
}

export class GqlClient {
  constructor(
    readonly endpoint: string,
    private token: string | null = null,
  ) {}

  withToken(token: string): GqlClient {
    return new GqlClient(this.endpoint, token);
  }

  /**
   * One request. Throttling (HTTP 429/503, TOO_MANY_REQUESTS) and connection failures are retried
   * with back-off; every other error is thrown as a GqlError with the server's code.
   */
  async call<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(this.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
      } catch (e) {
        if (attempt < 6) {
          await sleep(100 * 2 ** attempt);
          continue;
        }
        throw new GqlError(`cannot reach ${this.endpoint}: ${(e as Error).message}`, 'NETWORK', 0);
      }
      const text = await res.text();
      let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      const code = body?.errors?.[0]?.extensions?.code;
      if ((res.status === 429 || res.status === 503 || code === 'TOO_MANY_REQUESTS') && attempt < 20) {
        const after = Number(res.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : Math.min(5000, 100 * 2 ** attempt));
        continue;
      }
      if (!body) throw new GqlError(`HTTP ${res.status} from ${this.endpoint}: ${text.slice(0, 200)}`, undefined, res.status);
      if (body.errors?.length) throw new GqlError(body.errors[0]!.message, code, res.status);
      return body.data as T;
    }
  }
}

export async function login(endpoint: string, username: string, password: string): Promise<GqlClient> {
  const anon = new GqlClient(endpoint);
  const r = await anon.call<{ login: { token: string } }>('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: username, p: password });
  return anon.withToken(r.login.token);
}

/** Creates an account with a random password (an admin's call) and signs it in. */
export async function createAccount(admin: GqlClient, username: string, role: 'STATION' | 'REVIEWER' | 'MANAGER', displayName: string): Promise<GqlClient> {
  const password = randomBytes(18).toString('base64url');
  await admin.call('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: { username, password, role, displayName } });
  return login(admin.endpoint, username, password);
}

/** Runs `fn` over `items` with at most `n` in flight. */
export async function pool<T>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}


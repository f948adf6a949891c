import { Agent, request } from 'node:http';

/**
 * JSON POST over node:http with kept-alive sockets, for load generators that share the machine's
 * cores with the server they measure: the global fetch cost the load bench ~2 ms of CPU per request,
 * an eighth of what a whole request costs the server and PostgreSQL together.
 */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

export interface JsonReply {
  status: number;
  body: any;
}

export async function postJson(url: string, payload: unknown, token?: string | null, timeoutMs = 120_000): Promise<JsonReply> {
  const data = Buffer.from(JSON.stringify(payload));
  try {
    return await send(url, data, token, timeoutMs);
  } catch (e) {
    // A reset on a reused socket is almost always the server closing it as idle just as this
    // request went out, so it is sent again once, as Node's documentation advises. Had a crashing
    // server read it first, repeating is still safe for the benches' requests: keyings carry
    // idempotency keys, a claim returns the task already held, a second resolution is refused.
    if ((e as { reusedSocket?: boolean }).reusedSocket && (e as NodeJS.ErrnoException).code === 'ECONNRESET') return send(url, data, token, timeoutMs);
    throw e;
  }
}

function send(url: string, data: Buffer, token: string | null | undefined, timeoutMs: number): Promise<JsonReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': data.length, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { errors: [{ message: `not JSON: ${text.slice(0, 200)}`, extensions: { code: 'NOT_JSON' } }] } });
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { name: 'TimeoutError' })));
    req.on('error', (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })));
    req.end(data);
  });
}

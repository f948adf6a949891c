import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';

/**
 * A reverse proxy in front of the real server, as in production (nginx, a load balancer): the
 * browser talks to it only. `stopBackend(true)` sends /graphql to a port whose process has
 * stopped: the connection is refused and the proxy answers what a proxy answers then, a plain-text
 * 503 with Retry-After (not the API's JSON). Pages and scripts still come from the real server.
 */
export interface Proxy {
  base: string;
  /** While true, /graphql requests go to the stopped backend. */
  stopBackend(stopped: boolean): void;
  /** /graphql requests answered 503 so far. */
  refused(): number;
  close(): Promise<void>;
}

/** A port that was listened on and closed: nothing answers there (connection refused). */
async function deadPort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export async function startProxy(target: string): Promise<Proxy> {
  const live = new URL(target);
  const dead = new URL(`http://127.0.0.1:${await deadPort()}`);
  let stopped = false;
  let refused = 0;
  const server: Server = createServer((req, res) => {
    const upstream = stopped && req.url?.startsWith('/graphql') ? dead : live;
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host }, agent: false },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => {
      refused++;
      if (res.headersSent) return void res.destroy();
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
      res.end('503 Service Unavailable: no backend server is available to handle this request.\n');
    });
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stopBackend(s) {
      stopped = s;
    },
    refused: () => refused,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * A static host for the offline tests: serves one out dir (switchable, to deploy build B over build A) with gzip,
 * and can stall, answering nothing, as a server behind a weak signal does.
 */
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  url: string;
  /** Serve another out dir from now on (a deploy). */
  deploy(dir: string): void;
  /** While true, requests get no answer (held open) until released. */
  stall(on: boolean): void;
  /** Paths requested so far. */
  requests: string[];
  close(): Promise<void>;
}

export function startServer(dir: string): Promise<TestServer> {
  let root = dir;
  let stalled = false;
  const held: ServerResponse[] = [];
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(p);
    if (stalled) return void held.push(res);
    let file = path.join(root, p);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return void res.end('not found');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = gzipSync(readFileSync(file));
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        deploy: (d) => (root = d),
        stall: (on) => {
          stalled = on;
          if (!on) held.splice(0).forEach((r) => r.destroy());
        },
        requests,
        close: () =>
          new Promise((done) => {
            held.splice(0).forEach((r) => r.destroy());
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}

/**
 * The offline specs' setup: the service worker allowed, and a fresh host on `dir` for each test (each starts with no
 * cache and no stall). Call at the top of a spec; the returned function gives the current test's host.
 */
export function hostForEachTest(dir: string): () => TestServer {
  test.use({ serviceWorkers: 'allow' });
  let server: TestServer | undefined;
  test.beforeEach(async () => {
    server = await startServer(dir);
  });
  test.afterEach(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('hostForEachTest: no host outside a test');
    return server;
  };
}

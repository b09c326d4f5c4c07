import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};
/** Text compresses; fonts, images and audio are compressed already, so hosts send them as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);
/** gzip level 6: what nginx, Apache and most static hosts use by default. */
const GZIP_LEVEL = 6;

export interface StaticHost {
  readonly url: string;
  close(): Promise<void>;
}

interface Served {
  readonly body: Buffer;
  readonly gzipped: Buffer | null;
  readonly type: string;
}

/**
 * Every file of the folder, read and compressed before the first request, as a host that
 * pre-compresses does: timings then measure the page, not this server's gzip.
 */
function readFolder(root: string): Map<string, Served> {
  const files = new Map<string, Served>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const extension = extname(file);
    const body = readFileSync(file);
    files.set(file, {
      body,
      gzipped: COMPRESSIBLE.has(extension) ? gzipSync(body, { level: GZIP_LEVEL }) : null,
      type: TYPES[extension] ?? 'application/octet-stream',
    });
  }
  return files;
}

/**
 * Serves a folder on 127.0.0.1 the way a real static host does: gzip for text, nothing cached.
 * `port` 0 takes any free port.
 */
export async function serveFolder(root: string, port = 0): Promise<StaticHost> {
  const files = readFolder(resolve(root));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(resolve(root) + sep)) return void response.writeHead(403).end();
    const served = files.get(file);
    if (!served) return void response.writeHead(404).end();
    const gzip = served.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = gzip && served.gzipped ? served.gzipped : served.body;
    response
      .writeHead(200, {
        'content-type': served.type,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        'content-length': String(body.length),
      })
      .end(body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on 127.0.0.1 is taken. Fix: pass another --port, or stop what listens there.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', done);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

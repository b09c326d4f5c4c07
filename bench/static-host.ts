import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
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

/** Serves a folder on 127.0.0.1 the way a real static host does: gzip for text, nothing cached. */
export async function serveFolder(root: string): Promise<StaticHost> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      const extension = extname(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      let body: Buffer = await readFile(file);
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = compressed.get(file) ?? gzipSync(body, { level: GZIP_LEVEL });
        compressed.set(file, body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

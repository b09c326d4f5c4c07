/**
 * Serves a built deck's folder on 127.0.0.1 for the browser that prints it. A few lines of
 * node:http rather than `vite preview`: loading Vite costs an export about a second, and the
 * exporter needs no more than files, their types, and honest 404s.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { PortBusyError } from './errors.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.webm': 'audio/webm',
  '.wav': 'audio/wav',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The folder's address, ending in "/". */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root` read-only (GET and HEAD); port 0 takes any free port. */
export function serveFolder(root: string, port: number): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const path = fileFor(base, request.url ?? '/');
    const size = path ? fileSize(path) : null;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (!path || size === null) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    } else {
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path).pipe(response);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortBusyError(port) : error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            // The browser's keep-alive connections would hold close() open for seconds.
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The file a request path names inside the folder (index.html for a folder), or null outside it. */
function fileFor(base: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://deck.invalid').pathname);
  } catch {
    return null;
  }
  const path = resolve(base, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  return path === base || path.startsWith(base + sep) ? path : null;
}

function fileSize(path: string): number | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

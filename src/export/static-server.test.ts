import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, serveFolder } from './static-server.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'deck', 'assets'), { recursive: true });
  writeFileSync(join(root, 'deck', 'index.html'), '<!doctype html><title>Deck</title>');
  writeFileSync(join(root, 'deck', 'assets', 'anton.woff2'), 'font');
  writeFileSync(join(root, 'secret.txt'), 'outside the deck');
  server = await serveFolder(join(root, 'deck'), 0);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const call = request({ host: url.hostname, port: url.port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

test('serves the deck’s page and its files with their types', async () => {
  expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(await get('/?print-pdf&margin=0')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(await get('/assets/anton.woff2')).toMatchObject({ status: 200, type: 'font/woff2', body: 'font' });
});

test('a missing file is a 404, not the page in its place', async () => {
  expect((await get('/assets/missing.png')).status).toBe(404);
});

test('nothing outside the deck’s folder is served, however the path is spelt', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])
    expect((await get(path)).status, path).toBe(404);
});

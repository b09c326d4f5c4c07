import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '../dist');
const SUB_PATH = '/talks/rocky-iv/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A plain static host that serves dist/ under a sub-path and nothing at its root. */
function staticHost(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (!path.startsWith(SUB_PATH)) return void response.writeHead(404).end();
    const file = resolve(DIST, path.slice(SUB_PATH.length) || 'index.html');
    if (!file.startsWith(DIST)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

test('the built deck works from a sub-path of any static host', async ({ page }) => {
  const server = await staticHost();
  const { port } = server.address() as AddressInfo;
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`http://127.0.0.1:${port}${SUB_PATH}#/2`);
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  await expect(page.locator('.reveal .slides > section').nth(1)).toHaveClass(/\bpresent\b/);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').length;
  });
  expect(fonts).toBeGreaterThanOrEqual(2);
  expect(failures).toEqual([]);
  server.close();
});

/**
 * `npm start` as a new user meets it on a machine with no desktop: it builds, serves and prints the
 * deck's URL, and nothing else (no `xdg-open` to open a browser with, and no stack trace for it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** Beside the browser tests' port (DECK_TEST_PORT, 4173 by default), so one setting keeps both clear of others. */
const PORT = Number(process.env.DECK_TEST_PORT ?? 4173) + 1;
/** A build on two busy cores takes a while; the server then answers at once. */
const START_LIMIT_MS = 120_000;
/** How long the server is watched after it printed its URL, for anything printed late (a failed browser launch is). */
const SETTLE_MS = 1500;

let server: ChildProcess | null = null;
const pathDir = mkdtempSync(join(tmpdir(), 'deck-no-desktop-'));

afterAll(() => {
  // npm, its shell and Vite are one process group: end all of it.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  rmSync(pathDir, { recursive: true, force: true });
});

/** A PATH with node and npm and the shell they need, but no xdg-open or any browser: a machine without a desktop. */
function pathWithoutDesktop(): string {
  const wanted = ['node', 'npm', 'npx', 'sh', 'bash', 'env'];
  for (const name of wanted) {
    const found = (process.env.PATH ?? '')
      .split(delimiter)
      .map((dir) => join(dir, name))
      .find((file) => existsSync(file));
    if (found) symlinkSync(found, join(pathDir, name));
  }
  return pathDir;
}

it(
  'npm start on a machine without a desktop builds, serves the deck and prints only its URL',
  async () => {
    const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, FORCE_COLOR: _color, ...rest } = process.env;
    const env = { ...rest, PATH: pathWithoutDesktop(), NO_COLOR: '1' };
    server = spawn('npm', ['start', '--silent', '--', '--port', String(PORT), '--strictPort'], {
      cwd: PROJECT_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout?.on('data', (chunk) => {
      output += stripVTControlCharacters(String(chunk));
    });
    server.stderr?.on('data', (chunk) => {
      output += stripVTControlCharacters(String(chunk));
    });
    const started = Date.now();
    while (!/Local:\s+http:\/\/\S+/.test(output)) {
      if (server.exitCode !== null) throw new Error(`npm start stopped (exit ${server.exitCode}):\n${output}`);
      if (Date.now() - started > START_LIMIT_MS) throw new Error(`npm start printed no URL:\n${output}`);
      await new Promise((done) => setTimeout(done, 100));
    }
    const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1] ?? '';
    expect(url).toBe(`http://localhost:${PORT}/`);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Rocky IV Has The Greatest Training Montage Of All Time</title>');
    expect(html).toContain('<section id="title"');

    await new Promise((done) => setTimeout(done, SETTLE_MS));
    const lines = output.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual([`  ➜  Local:   ${url}`, '  ➜  Network: use --host to expose']);
  },
  START_LIMIT_MS + 30_000,
);

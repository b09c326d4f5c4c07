import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { assertPortFree, buildDist, distStatus, serveDist } from './dist.ts';
import { BuildFailedError, PortBusyError } from './errors.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder with the given files, each dated `minutesAgo` before now. */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-status-'));
  roots.push(root);
  for (const [path, minutesAgo] of Object.entries(files)) touch(root, path, minutesAgo);
  return root;
}

function touch(root: string, path: string, minutesAgo: number): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, path);
  const when = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(file, when, when);
}

describe('distStatus', () => {
  const sources = { 'index.html': 30, 'slides/opening.ts': 30, 'src/main.ts': 30, 'assets/figures/a.svg': 30 };

  test('dist/ built after every source is current', () => {
    const root = project({ ...sources, 'dist/index.html': 10 });
    expect(distStatus(root)).toEqual({ current: true, reason: 'newer than its 4 source files' });
  });

  test('a source changed after the build makes it stale, and says which', () => {
    const root = project({ ...sources, 'dist/index.html': 10, 'slides/opening.ts': 1 });
    expect(distStatus(root)).toEqual({ current: false, reason: 'slides/opening.ts changed since the last build' });
  });

  test('tests and the exporter are not built into the page, so changing them keeps dist/ current', () => {
    const root = project({ ...sources, 'dist/index.html': 10, 'src/model/text.test.ts': 1, 'src/export/cli.ts': 1 });
    expect(distStatus(root).current).toBe(true);
  });

  test('a lock file or config change makes it stale', () => {
    const root = project({ ...sources, 'dist/index.html': 10, 'package-lock.json': 1 });
    expect(distStatus(root).reason).toBe('package-lock.json changed since the last build');
  });

  test('no dist/ yet is stale', () => {
    const root = project(sources);
    expect(distStatus(root)).toEqual({ current: false, reason: 'dist/ has no built deck yet' });
  });
});

describe('buildDist', () => {
  test('a build that fails is one line naming the cause and the command that shows all of it', async () => {
    const root = project({});
    writeFileSync(join(root, 'vite.config.ts'), 'export default {};\n');
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./missing-entry.ts"></script>');
    const failure = buildDist(root);
    await expect(failure).rejects.toThrow(BuildFailedError);
    await expect(failure).rejects.toThrow(
      /^The deck did not build: Failed to resolve \.\/missing-entry\.ts from .*index\.html\. Fix that \(`npm run build` shows the whole error\), then export again\.$/,
    );
  });
});

describe('ports', () => {
  let holder: Server | undefined;
  afterEach(() => holder?.close());

  async function holdPort(): Promise<number> {
    holder = createServer();
    await new Promise<void>((resolve) => holder?.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  test('a port in use is refused before anything starts, with the fix', async () => {
    const port = await holdPort();
    await expect(assertPortFree(port)).rejects.toThrow(PortBusyError);
    await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} is already in use. Fix: pass a free port`);
  });

  test('the server refuses a port in use the same way', async () => {
    const port = await holdPort();
    const root = project({ 'dist/index.html': 1 });
    await expect(serveDist(join(root, 'dist'), port)).rejects.toThrow(PortBusyError);
  });

  test('serves a built deck, and a missing file is a 404, not the page', async () => {
    const root = project({ 'dist/index.html': 1 });
    const server = await serveDist(join(root, 'dist'), 0);
    try {
      expect((await fetch(server.url)).status).toBe(200);
      expect((await fetch(new URL('assets/missing.png', server.url))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

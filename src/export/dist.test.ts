import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { deckData, deckDataElement } from '../contract/deck-data.ts';
import { buildDeck } from '../model/build-deck.ts';
import { deckOf, validSlides } from '../model/test-fixtures.ts';
import { assertPortFree, buildDist, distStatus, serveDist } from './dist.ts';
import { BuildFailedError, PortBusyError } from './errors.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A built page holding the deck `deckFile` names, as the build writes it. */
function builtPage(deckFile: string): string {
  return `<body>${deckDataElement(deckData(buildDeck(deckOf(validSlides())), deckFile))}</body>`;
}

/** A project folder with the given files, each dated `minutesAgo` before now; dist/index.html holds slides/index.ts. */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'dist-status-'));
  roots.push(root);
  for (const [path, minutesAgo] of Object.entries(files)) touch(root, path, minutesAgo);
  return root;
}

function touch(root: string, path: string, minutesAgo: number, content?: string): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content ?? (path.endsWith('dist/index.html') ? builtPage('slides/index.ts') : path));
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

  test('a build of another deck is stale for this one, and a change in the other deck’s folder counts', () => {
    const root = project({ ...sources, 'examples/tour/index.ts': 30, 'dist/index.html': 10 });
    expect(distStatus(root, join(root, 'dist'), 'examples/tour/index.ts')).toEqual({
      current: false,
      reason: 'dist/ holds slides/index.ts, not examples/tour/index.ts',
    });
    touch(root, 'dist/index.html', 10, builtPage('examples/tour/index.ts'));
    expect(distStatus(root, join(root, 'dist'), 'examples/tour/index.ts').current).toBe(true);
    touch(root, 'examples/tour/slides.ts', 1);
    expect(distStatus(root, join(root, 'dist'), 'examples/tour/index.ts').reason).toBe(
      'examples/tour/slides.ts changed since the last build',
    );
  });

  test('a page without deck data was built by an older engine, so it is stale', () => {
    const root = project(sources);
    touch(root, 'dist/index.html', 10, '<body><div class="reveal"></div></body>');
    expect(distStatus(root)).toEqual({ current: false, reason: 'dist/ was built by an older engine' });
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

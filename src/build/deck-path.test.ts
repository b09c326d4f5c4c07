import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandDeckPath, DEFAULT_DECK, DeckPathError, PROJECT_ROOT, resolveDeckPath } from './deck-path.ts';
import { projectScratchDir } from './project-scratch.ts';

const scratch = projectScratchDir('deck-path-test-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('which deck to build', () => {
  it('is slides/index.ts when nothing names another', () => {
    expect(resolveDeckPath(undefined)).toEqual({ file: DEFAULT_DECK, module: join(PROJECT_ROOT, DEFAULT_DECK) });
    expect(resolveDeckPath('  ').file).toBe(DEFAULT_DECK);
    expect(commandDeckPath(undefined, {}).file).toBe(DEFAULT_DECK);
  });

  it('takes --deck over DECK, and a folder for its index.ts', () => {
    expect(commandDeckPath(undefined, { DECK: 'slides' }).file).toBe('slides/index.ts');
    expect(commandDeckPath('slides/index.ts', { DECK: 'nowhere.ts' }).file).toBe('slides/index.ts');
  });

  it('names a path that is not there, how it was given, and the fix', () => {
    expect(() => commandDeckPath(undefined, { DECK: 'examples/nope.ts' })).toThrow(
      `DECK=examples/nope.ts: there is no file ${join(PROJECT_ROOT, 'examples/nope.ts')}. Fix: name a deck module inside the project folder, relative to it, e.g. DECK=slides/index.ts (or --deck slides/index.ts).`,
    );
    expect(() => commandDeckPath('nope.ts')).toThrow(/^--deck nope\.ts: there is no file /);
  });

  it('refuses a deck outside the project, a folder without index.ts, and a file that is not a module', () => {
    expect(() => resolveDeckPath('/etc/hostname')).toThrow(DeckPathError);
    expect(() => resolveDeckPath('/etc/hostname')).toThrow('is outside the project folder');
    expect(() => resolveDeckPath('assets')).toThrow(`the folder ${join(PROJECT_ROOT, 'assets')} has no index.ts`);
    writeFileSync(join(scratch, 'notes.txt'), 'not a deck');
    expect(() => resolveDeckPath(join(scratch, 'notes.txt'))).toThrow('is not a TypeScript or JavaScript module');
  });
});

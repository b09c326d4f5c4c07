import { rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, resolveDeckPath } from './deck-path.ts';
import { loadDeck, loadProjectDeck, renderProjectDeck } from './load-deck.ts';
import { projectScratchDir } from './project-scratch.ts';

// Decks live inside the project (the build serves their files), so the scratch decks do too.
const scratch = projectScratchDir('deck-load-test-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A deck module in the scratch folder with this source; its path as DECK would name it. */
function deckModule(name: string, source: string) {
  writeFileSync(join(scratch, name), source);
  return resolveDeckPath(relative(PROJECT_ROOT, join(scratch, name)));
}

const SMALL_DECK = `export const deck = {
  meta: { title: 'Small', author: 'Tests', subject: 'A small deck', lang: 'en' },
  sections: [{ id: 'only', heading: 'The only section' }],
  pronunciation: [],
  slides: [{ id: 'hello', section: 'only', layout: 'title', title: 'Hello', notes: 'A first word.' }],
};`;

describe('the project’s deck', () => {
  it('validates, with every figure present under assets/', () => {
    expect(() => loadDeck()).not.toThrow();
  });

  it('renders every slide into the page', () => {
    const loaded = loadProjectDeck();
    const html = renderProjectDeck(loaded);
    for (const placed of loaded.deck.slides) expect(html).toContain(`<section id="${placed.slide.id}"`);
  });

  it('knows the files it is made of, and its assets folder', () => {
    const { inputs, assetsDir } = loadProjectDeck();
    expect(inputs).toContain(resolve(PROJECT_ROOT, 'slides/index.ts'));
    expect(inputs).toContain(resolve(PROJECT_ROOT, 'slides/opening.ts'));
    expect(assetsDir).toBe(resolve(PROJECT_ROOT, 'assets'));
  });
});

describe('loading a deck module by its path', () => {
  it('loads any deck module, its assets beside it unless it says otherwise', () => {
    const loaded = loadProjectDeck(deckModule('small.ts', SMALL_DECK));
    expect(loaded.deck.slides.map((placed) => placed.label)).toEqual(['Hello']);
    expect(loaded.assetsDir).toBe(join(scratch, 'assets'));
  });

  it('reads the files as they are now, every time', () => {
    const path = deckModule('changing.ts', SMALL_DECK);
    expect(loadDeck(path).slides[0]?.label).toBe('Hello');
    writeFileSync(path.module, SMALL_DECK.replace("title: 'Hello'", "title: 'Hello again'"));
    expect(loadDeck(path).slides[0]?.label).toBe('Hello again');
  });

  it('names a module that exports no deck, or a deck without its parts', () => {
    const none = deckModule('none.ts', 'export const slides = [];');
    expect(() => loadDeck(none)).toThrow(
      `${none.file}: it exports no \`deck\`. Fix: export const deck = { meta, sections, pronunciation, slides } satisfies DeckSource from ${none.file}.`,
    );
    const partial = deckModule('partial.ts', 'export const deck = { meta: {}, slides: [] };');
    expect(() => loadDeck(partial)).toThrow(`${partial.file}: its \`deck\` has no sections, pronunciation. Fix:`);
  });

  it('names the line a module does not compile at', () => {
    const broken = deckModule('broken.ts', 'export const deck = {\n  meta: {,\n};');
    expect(() => loadDeck(broken)).toThrow(
      new RegExp(`^${broken.file}: it does not compile \\(.*broken\\.ts:2:\\d+: `),
    );
  });

  it('names a validation problem with the module’s own path in the fix', () => {
    const unordered = deckModule('empty.ts', SMALL_DECK.replace(/slides: \[.*\]/, 'slides: []'));
    expect(() => loadDeck(unordered)).toThrow(`Deck: it has no slides. Fix: list its slides in ${unordered.file}.`);
  });

  it('refuses an assets folder outside the project', () => {
    const away = deckModule('away.ts', SMALL_DECK.replace('pronunciation: [],', "pronunciation: [], assets: '/tmp',"));
    expect(() => loadDeck(away)).toThrow(`${away.file}: its assets folder /tmp is outside the project folder`);
  });
});

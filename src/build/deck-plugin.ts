import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { deckData, deckDataElement } from '../contract/deck-data.ts';
import type { Deck } from '../model/index.ts';
import { GENERATED_AUDIO, GENERATED_DIR, NARRATION_MANIFEST_FILE } from '../narration/manifest.ts';
import { escapeAttr, escapeText } from '../render/index.ts';
import { commandDeckPath, type DeckPath, PROJECT_ROOT } from './deck-path.ts';
import { ASSETS_DIR, type LoadedDeck, loadProjectDeck, renderProjectDeck } from './load-deck.ts';

const HEAD_MARK = '<!--deck:head-->';
const SLIDES_MARK = '<!--deck:slides-->';
/** The deck's narration audio and manifest, for the runtime (typed in src/contract/deck-narration.d.ts). */
const NARRATION_MODULE = 'virtual:deck-narration';
const RESOLVED_NARRATION_MODULE = `\0${NARRATION_MODULE}`;
/** A deck's narration lives in this folder of its assets. */
const NARRATION_DIR = 'narration';

export interface DeckPluginOptions {
  /** The deck module to build. @defaultValue the one DECK names, or slides/index.ts */
  readonly path?: DeckPath;
  /** A deck made in memory (a test's fixture) to build instead of a module, with its assets in assets/. */
  readonly deck?: () => Deck;
}

/**
 * Renders every slide into index.html at build (and dev) time, with the deck data the rest of the
 * page reads, so the page holds the whole deck before any script runs. A deck that fails
 * validation fails the build with the slide named. In dev, saving a file of the deck reloads it.
 */
/** The deck a build renders: loaded and validated, and its slides' markup. */
export interface BuiltDeck {
  readonly loaded: LoadedDeck;
  readonly html: string;
}

/** The plugin, and what it lends the build's other plugins (the font subsetter reads the same deck). */
export type DeckHtmlPlugin = Plugin & { readonly api: { readonly built: () => BuiltDeck | null } };

export function deckPlugin(options: DeckPluginOptions = {}): DeckHtmlPlugin {
  const path = options.path ?? commandDeckPath();
  const load = (): LoadedDeck =>
    options.deck
      ? { path: { file: 'a test fixture', module: '' }, deck: options.deck(), assetsDir: ASSETS_DIR, inputs: [] }
      : loadProjectDeck(path);
  /** The deck a build renders, loaded once before Rolldown starts; the dev server loads it afresh on every request. */
  let built: BuiltDeck | null = null;
  /** The assets folder of the deck the page was last rendered from: the narration module's, in dev. */
  let lastAssetsDir: string | null = null;
  return {
    name: 'deck-html',
    api: { built: () => built },
    config(_, env) {
      // A mistake in the deck stops the build here, where Vite prints the message alone: thrown
      // from transformIndexHtml, it would come wrapped by Rolldown in a count, a plugin name and a stack.
      if (env.command !== 'build') return;
      const loaded = load();
      built = { loaded, html: renderProjectDeck(loaded) };
    },
    configureServer(server) {
      if (!options.deck) reloadOnDeckChange(server, path);
    },
    resolveId(id) {
      return id === NARRATION_MODULE ? RESOLVED_NARRATION_MODULE : undefined;
    },
    load(id) {
      if (id !== RESOLVED_NARRATION_MODULE) return undefined;
      // The page asks for this module after its HTML, whose deck was just loaded: no second load.
      return narrationModule(
        options.deck ? ASSETS_DIR : (built?.loaded.assetsDir ?? lastAssetsDir ?? loadProjectDeck(path).assetsDir),
      );
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(HEAD_MARK) || !html.includes(SLIDES_MARK)) {
          throw new Error(
            `index.html: the markers ${HEAD_MARK} and ${SLIDES_MARK} are missing. Fix: put them back in <head> and <body>.`,
          );
        }
        const loaded = built?.loaded ?? load();
        lastAssetsDir = loaded.assetsDir;
        const { meta } = loaded.deck;
        const head = [
          `<title>${escapeText(meta.title)}</title>`,
          `<meta name="description" content="${escapeAttr(meta.subject)}" />`,
          `<meta name="author" content="${escapeAttr(meta.author)}" />`,
        ].join('\n    ');
        const slides = `${built?.html ?? renderProjectDeck(loaded)}\n    ${deckDataElement(deckData(loaded.deck, loaded.path.file))}`;
        return html
          .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttr(meta.lang)}">`)
          .replace(HEAD_MARK, head)
          .replace(SLIDES_MARK, slides);
      },
    },
  };
}

/** The deck is not in Vite's module graph (it is rendered into the page), so its files are watched here. */
function reloadOnDeckChange(server: ViteDevServer, path: DeckPath): void {
  let watched: readonly string[] = [];
  const watch = () => {
    try {
      const loaded = loadProjectDeck(path);
      watched = [...loaded.inputs, loaded.assetsDir];
    } catch {
      // A deck that does not load yet shows its error on the page; its module is still watched.
      watched = [path.module];
    }
    server.watcher.add([...watched]);
  };
  watch();
  const onChange = (file: string) => {
    if (!watched.some((input) => isInside(input, file))) return;
    watch();
    // New narration files (a take processed meanwhile) reach the page only through a fresh module.
    const narration = server.moduleGraph.getModuleById(RESOLVED_NARRATION_MODULE);
    if (narration) server.moduleGraph.invalidateModule(narration);
    server.ws.send({ type: 'full-reload', path: '*' });
  };
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
  server.watcher.on('unlink', onChange);
}

/** Whether `file` is `parent` itself or inside it. */
function isInside(parent: string, file: string): boolean {
  const path = relative(parent, file);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * The deck's narration folder as a module: globs from the project root (a virtual module has no
 * folder of its own), so a deck with no audio and no manifest builds without either. Recordings
 * ship as the files made from them in generated/, never as the takes themselves.
 */
export function narrationModule(assetsDir: string): string {
  const folder = `/${relative(PROJECT_ROOT, resolve(assetsDir, NARRATION_DIR)).split(sep).join('/')}/`;
  // Only what `npm run narration` made ships: the person's original takes beside it stay at home.
  const audio = JSON.stringify(
    `${folder}${GENERATED_DIR}/*.{${GENERATED_AUDIO.map(({ extension }) => extension).join(',')}}`,
  );
  const manifest = JSON.stringify(`${folder}${NARRATION_MANIFEST_FILE}`);
  return [
    `const files = import.meta.glob(${audio}, { query: '?url', import: 'default', eager: true });`,
    `export const AUDIO_URLS = Object.fromEntries(Object.entries(files).map(([path, url]) => [path.slice(${folder.length}), url]));`,
    `const manifests = import.meta.glob(${manifest}, { import: 'default' });`,
    'export function loadNarrationManifest() {',
    `  const load = manifests[${manifest}];`,
    '  return load ? load() : Promise.resolve(null);',
    '}',
  ].join('\n');
}

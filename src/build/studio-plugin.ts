/**
 * The recording studio, in the dev server only (`apply: 'serve'`): its page at /studio/ and its
 * endpoints under /__studio (src/build/studio-endpoint.ts). A built deck has neither.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { STUDIO_PATH } from '../narration/take.ts';
import { commandDeckPath, type DeckPath, PROJECT_ROOT } from './deck-path.ts';
import { loadProjectDeck } from './load-deck.ts';
import { checkLoopback, StudioRequestError, studioEndpoint } from './studio-endpoint.ts';

/** The studio page. */
const STUDIO_HTML = resolve(PROJECT_ROOT, 'src/studio/index.html');
/** A deck's narration lives in this folder of its assets. */
const NARRATION_DIR = 'narration';

export interface StudioPluginOptions {
  /** @defaultValue the deck DECK names, or slides/index.ts */
  readonly path?: DeckPath;
}

export function studioPlugin(options: StudioPluginOptions = {}): Plugin {
  const path = options.path ?? commandDeckPath();
  return {
    name: 'deck-studio',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(
        studioEndpoint({
          project: () => {
            const { deck, assetsDir } = loadProjectDeck(path);
            return { deck, narrationDir: resolve(assetsDir, NARRATION_DIR) };
          },
        }),
      );
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (pathname !== STUDIO_PATH && pathname !== STUDIO_PATH.slice(0, -1)) {
          next();
          return;
        }
        try {
          checkLoopback(request);
        } catch (error) {
          if (!(error instanceof StudioRequestError)) throw error;
          response.writeHead(error.status, { 'content-type': 'text/plain; charset=utf-8' });
          response.end(error.message);
          return;
        }
        if (pathname !== STUDIO_PATH) {
          response.writeHead(301, { location: STUDIO_PATH });
          response.end();
          return;
        }
        // Served as written: Vite transforms its module script when the browser asks for it.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(readFileSync(STUDIO_HTML, 'utf8'));
      });
    },
  };
}

import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { deckPathOrExit } from './src/build/deck-path.ts';
import { deckPlugin } from './src/build/deck-plugin.ts';
import { firstPaintPlugin } from './src/build/first-paint-plugin.ts';
import { fontSubsetPlugin } from './src/build/font-subset-plugin.ts';
import { studioPlugin } from './src/build/studio-plugin.ts';

// The deck to build: DECK=path, or slides/index.ts.
const deck = deckPathOrExit('vite');
const deckHtml = deckPlugin({ path: deck });

export default defineConfig({
  // Relative URLs: the built dist/ works from any static host and from a sub-path.
  base: './',
  // The recording studio is the dev server's alone (npm run record); a build has none of it.
  plugins: [
    deckHtml,
    studioPlugin({ path: deck }),
    firstPaintPlugin(),
    cspPlugin(),
    // Reads the deck the deck plugin loaded and rendered, rather than loading it again.
    fontSubsetPlugin({ built: deckHtml.api.built }),
  ],
  build: {
    target: 'es2022',
    // Every asset stays a file of the page's own origin (no data: URLs for the CSP to allow).
    assetsInlineLimit: 0,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});

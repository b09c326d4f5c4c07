/**
 * The baseline: the same slides in a stock reveal.js deck, set up as reveal.js's own basic setup
 * does (its index.html): reset.css, reveal.css, the black theme, reveal.js and the notes plugin as
 * plain scripts, and Reveal.initialize({ hash: true, plugins: [RevealNotes] }).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { ASSETS_DIR, loadProjectDeck, renderProjectDeck } from '../src/build/load-deck.ts';
import { escapeText } from '../src/render/index.ts';

/** reveal.js's dist/ folder, as installed. */
function revealDist(): string {
  return dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css'));
}

/** Writes the stock deck into `outDir` (index.html, reveal's dist/, the deck's assets/). */
export function buildStockDeck(outDir: string): void {
  const loaded = loadProjectDeck();
  const { deck } = loaded;
  mkdirSync(outDir, { recursive: true });
  cpSync(revealDist(), resolve(outDir, 'dist'), { recursive: true });
  cpSync(ASSETS_DIR, resolve(outDir, 'assets'), { recursive: true });
  writeFileSync(
    resolve(outDir, 'index.html'),
    `<!doctype html>
<html lang="${deck.meta.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <title>${escapeText(deck.meta.title)}</title>
    <link rel="stylesheet" href="dist/reset.css" />
    <link rel="stylesheet" href="dist/reveal.css" />
    <link rel="stylesheet" href="dist/theme/black.css" />
  </head>
  <body>
    ${renderProjectDeck(loaded)}
    <script src="dist/reveal.js"></script>
    <script src="dist/plugin/notes.js"></script>
    <script>
      Reveal.initialize({ hash: true, plugins: [RevealNotes] });
    </script>
  </body>
</html>
`,
  );
}

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deck as source } from '../../slides/index.ts';
import { buildDeck, type Deck } from '../model/index.ts';
import { type AssetResolver, renderDeck, trusted } from '../render/index.ts';
import { prepareInlineSvg } from './svg-asset.ts';

/** The project's root folder, where slides/ and assets/ live. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const ASSETS_DIR = resolve(PROJECT_ROOT, 'assets');

/** The deck from slides/index.ts, validated, with its figures checked against assets/. */
export function loadDeck(): Deck {
  return buildDeck(source, {
    assetExists: (path) => existsSync(resolve(ASSETS_DIR, path)),
    deckFile: 'slides/index.ts',
  });
}

/** Reads assets from disk; image URLs are relative, so the built deck works from any sub-path. */
export function fileAssetResolver(assetsDir = ASSETS_DIR): AssetResolver {
  return {
    inlineSvg: (path) => trusted(prepareInlineSvg(path, readFileSync(resolve(assetsDir, path), 'utf8'))),
    assetUrl: (path) => `./assets/${path}`,
  };
}

export function renderProjectDeck(deck: Deck = loadDeck()): string {
  return renderDeck(deck, fileAssetResolver());
}

import type { Plugin } from 'vite';
import { deckData, deckDataElement } from '../contract/deck-data.ts';
import type { Deck } from '../model/index.ts';
import { escapeAttr, escapeText } from '../render/index.ts';
import { loadDeck, renderProjectDeck } from './load-deck.ts';

const HEAD_MARK = '<!--deck:head-->';
const SLIDES_MARK = '<!--deck:slides-->';

/**
 * Renders every slide into index.html at build (and dev) time, so the page holds the whole deck
 * before any script runs. A deck that fails validation fails the build with the slide named.
 */
export function deckPlugin(options: { readonly deck?: () => Deck; readonly deckFile?: string } = {}): Plugin {
  return {
    name: 'deck-html',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(HEAD_MARK) || !html.includes(SLIDES_MARK)) {
          throw new Error(
            `index.html: the markers ${HEAD_MARK} and ${SLIDES_MARK} are missing. Fix: put them back in <head> and <body>.`,
          );
        }
        // A test can build a fixture deck through the same pipeline; the project builds slides/.
        const deck = options.deck?.() ?? loadDeck();
        const { meta } = deck;
        const head = [
          `<title>${escapeText(meta.title)}</title>`,
          `<meta name="description" content="${escapeAttr(meta.subject)}" />`,
          `<meta name="author" content="${escapeAttr(meta.author)}" />`,
        ].join('\n    ');
        return html
          .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttr(meta.lang)}">`)
          .replace(HEAD_MARK, head)
          .replace(
            SLIDES_MARK,
            `${renderProjectDeck(deck)}\n    ${deckDataElement(deckData(deck, options.deckFile ?? 'slides/index.ts'))}`,
          );
      },
    },
  };
}

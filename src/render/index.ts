export type { AssetResolver } from './assets.ts';
export { escapeAttr, escapeText, h, type TrustedMarkup, toHtml, trusted } from './html.ts';
export { renderDeck, renderSlide } from './render-deck.ts';

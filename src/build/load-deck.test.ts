import { describe, expect, it } from 'vitest';
import { loadDeck, renderProjectDeck } from './load-deck.ts';

describe('the project’s deck', () => {
  it('validates, with every figure present under assets/', () => {
    expect(() => loadDeck()).not.toThrow();
  });

  it('renders every slide into the page', () => {
    const deck = loadDeck();
    const html = renderProjectDeck(deck);
    for (const placed of deck.slides) expect(html).toContain(`<section id="${placed.slide.id}"`);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDeck, type Slide } from '../model/index.ts';
import { deckOf, validSlides } from '../model/test-fixtures.ts';
import type { AssetResolver } from './assets.ts';
import { h, toHtml, trusted } from './html.ts';
import { renderDeck } from './render-deck.ts';

const assets: AssetResolver = {
  inlineSvg: (path) => trusted(`<svg viewBox="0 0 1 1" data-path="${path}"></svg>`),
  assetUrl: (path) => `./assets/${path}`,
};

function render(slides: Slide[]): string {
  return renderDeck(buildDeck(deckOf(slides)), assets);
}

describe('rendering never parses slide text as HTML', () => {
  it('shows markup in a note as text', () => {
    const slides = validSlides();
    slides[0] = { ...slides[0], notes: 'Say <script>alert(1)</script> & "mean" it' } as Slide;
    const html = render(slides);
    expect(html).toContain('Say &lt;script&gt;alert(1)&lt;/script&gt; &amp; "mean" it');
    expect(html).not.toContain('<script>');
  });

  it('escapes slide text and attribute values', () => {
    const slides = validSlides();
    slides[0] = { ...slides[0], title: '<img src=x onerror=alert(1)>', layout: 'title' } as Slide;
    const html = render(slides);
    expect(html).not.toContain('<img');
    expect(html).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('refuses to build an inline event handler', () => {
    expect(() => h('button', { onclick: 'go()' })).toThrow('Event handler attribute "onclick" on <button>');
  });

  it('escapes quotes in attributes so values cannot break out', () => {
    expect(toHtml(h('p', { title: '" onmouseover="x' }, 'hi'))).toBe('<p title="&quot; onmouseover=&quot;x">hi</p>');
  });
});

describe('rendering the deck', () => {
  it('gives each slide its id, section, layout and pacing, and keeps the script in speaker notes', () => {
    const html = render(validSlides());
    expect(html).toMatch(
      /<section id="two" class="slide layout-versus" data-layout="versus" data-section="two-montages" data-timing="\d+"/,
    );
    expect(html).toContain('<aside class="notes"><p data-step="0">Machines against a barn.</p></aside>');
  });

  it('makes a fragment of each bullet when they reveal one by one, with a cue in the notes per step', () => {
    const html = render(validSlides());
    expect(html).toContain('<li class="fragment fade-up">One</li>');
    expect(html).toContain('<p data-step="1"><span class="notes-cue">[step 1]</span> The first.</p>');
  });

  it('marks quotations and attributes them', () => {
    const slides = validSlides();
    slides[2] = {
      id: 'three',
      section: 'underdogs-champion',
      layout: 'quote',
      quote: 'No pain.',
      attribution: { speaker: 'Duke', source: 'Rocky IV (1985)' },
      notes: 'Two words.',
    };
    const html = render(slides);
    expect(html).toContain(
      '<blockquote><p>“No pain.”</p></blockquote><p class="quote-attribution">— Duke, <cite>Rocky IV (1985)</cite></p>',
    );
    // An HTML <figure> becomes a PDF Figure, which needs alt text a quotation does not have.
    expect(html).not.toContain('<figure');
  });

  it('makes an inlined drawing one labelled image: role and alt text on the <svg>, its content hidden', () => {
    const slides = validSlides();
    slides[2] = {
      id: 'three',
      section: 'underdogs-champion',
      layout: 'figure',
      figure: { svg: 'figures/summit.svg' },
      alt: 'A man on a summit at sunset',
      notes: 'The summit.',
    };
    const html = render(slides);
    expect(html).toContain(
      '<div class="figure-art"><svg viewBox="0 0 1 1" data-path="figures/summit.svg" role="img" aria-label="A man on a summit at sunset" focusable="false"><g aria-hidden="true"></g></svg></div>',
    );
    expect(html).not.toContain('<figure');
  });

  it('escapes the alt text it writes into an inlined drawing', () => {
    const slides = validSlides();
    slides[2] = {
      id: 'three',
      section: 'underdogs-champion',
      layout: 'figure',
      figure: { svg: 'figures/summit.svg' },
      alt: 'A "peak" <svg onload=x()> & more',
      notes: 'The summit.',
    };
    expect(render(slides)).toContain('aria-label="A &quot;peak&quot; &lt;svg onload=x()&gt; &amp; more"');
  });

  it('draws timeline points at their place on the axis, and says them all in the drawing’s alt text', () => {
    const slides = validSlides();
    slides[2] = {
      id: 'three',
      section: 'underdogs-champion',
      layout: 'timeline',
      title: 'Lineage',
      axis: { from: 1975, to: 2015, unit: 'year', step: 10 },
      points: [
        { at: 1975, label: 'Rocky' },
        { at: 2015, label: 'Creed' },
      ],
      notes: 'Forty years.',
    };
    const html = render(slides);
    expect(html).toContain('<circle cx="40" cy="210" r="9">');
    expect(html).toContain('<circle cx="1120" cy="210" r="9">');
    expect(html).toContain(
      'role="img" aria-label="Timeline from 1975 to 2015. 1975: Rocky. 2015: Creed." focusable="false"><g aria-hidden="true">',
    );
  });
});

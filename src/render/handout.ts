/**
 * The handout's markup: a paper sheet per slide with the deck's title, the slide's section and
 * number, a box the exporter puts the printed slide into, its spoken script by step, and a ruled
 * area for the reader's own notes. Made from the page's deck data, so the exporter only lays the
 * sheets out, measures and prints them.
 */
import type { DeckData, SlideData } from '../contract/deck-data.ts';
import { formatDuration } from '../model/timing.ts';
import { type ElementNode, h } from './html.ts';

/** One sheet per slide, in the deck's order. */
export function renderHandout(data: Pick<DeckData, 'meta' | 'slides'>): ElementNode[] {
  return data.slides.map((slide) => renderHandoutSheet(slide, data.meta.title, data.slides.length));
}

export function renderHandoutSheet(slide: SlideData, deckTitle: string, slideCount: number): ElementNode {
  return h(
    'article',
    { class: 'handout-sheet', 'data-slide-id': slide.id, 'aria-label': `Slide ${slide.number}: ${slide.title}` },
    h(
      'header',
      { class: 'handout-head' },
      h('p', { class: 'handout-deck' }, deckTitle),
      h(
        'p',
        { class: 'handout-place' },
        h('span', { class: 'handout-section' }, slide.section.heading),
        h('span', { class: 'handout-number' }, `Slide ${slide.number} of ${slideCount}`),
      ),
    ),
    // The exporter puts the printed slide in this box, its backdrop drawn apart on the stage.
    h('div', { class: 'handout-slide' }, h('div', { class: 'handout-stage' })),
    h(
      'div',
      { class: 'handout-script' },
      h(
        'p',
        { class: 'handout-script-label' },
        slide.timingSeconds > 0 ? `Script · about ${formatDuration(slide.timingSeconds)} spoken` : 'Script',
      ),
      slide.parts.map((part, step) =>
        h('p', { class: 'handout-part' }, step > 0 && h('span', { class: 'handout-cue' }, `Step ${step}`), part),
      ),
    ),
    h(
      'div',
      { class: 'handout-notes' },
      h('p', { class: 'handout-script-label' }, 'Notes'),
      h('div', { class: 'handout-rules' }),
    ),
  );
}

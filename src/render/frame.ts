import type { PlacedSlide } from '../model/types.ts';
import { type Child, type ElementNode, h } from './html.ts';

/** The `<section>` every layout sits in: id, name, pacing, section, speaker notes. */
export function slideFrame(placed: PlacedSlide, ...content: Child[]): ElementNode {
  const { slide } = placed;
  return h(
    'section',
    {
      id: slide.id,
      class: `slide layout-${slide.layout}`,
      'data-layout': slide.layout,
      'data-section': slide.section,
      // reveal.js's speaker view paces the talk from it.
      'data-timing': placed.timingSeconds,
      'aria-label': placed.label,
    },
    ...content,
    speakerNotes(placed),
  );
}

/** One paragraph per script part, for reveal.js's speaker view; parts after the first carry a cue for their step. */
export function speakerNotes(placed: PlacedSlide): ElementNode {
  return h(
    'aside',
    { class: 'notes' },
    placed.script.map((part, step) =>
      h('p', { 'data-step': step }, step > 0 ? [h('span', { class: 'notes-cue' }, `[step ${step}]`), ' '] : null, part),
    ),
  );
}

/** The small running label naming the deck section on content slides. */
export function sectionLabel(placed: PlacedSlide): ElementNode {
  return h('p', { class: 'section-label' }, placed.section.heading);
}

import { type PlacedSlide, plainText, type Text } from '../model/index.ts';
import { type Child, type ElementNode, h } from './html.ts';

/** The `<section>` every layout sits in: id, pacing, section, speaker notes. */
export function slideFrame(placed: PlacedSlide, label: Text, ...content: Child[]): ElementNode {
  const { slide } = placed;
  return h(
    'section',
    {
      id: slide.id,
      class: `slide layout-${slide.layout}`,
      'data-layout': slide.layout,
      'data-section': slide.section,
      'data-timing': placed.timingSeconds,
      'aria-label': plainText(label),
    },
    ...content,
    speakerNotes(placed),
  );
}

/** One paragraph per script part; parts after the first carry a cue for the step they go with. */
export function speakerNotes(placed: PlacedSlide): ElementNode {
  return h(
    'aside',
    { class: 'notes' },
    placed.script.map((part, step) =>
      h('p', { 'data-step': step }, step > 0 ? [h('span', { class: 'notes-cue' }, `[step ${step}]`), ' '] : null, part),
    ),
  );
}

/** The small running label naming the essay section on content slides. */
export function sectionLabel(placed: PlacedSlide): ElementNode {
  return h('p', { class: 'section-label' }, placed.section.heading);
}

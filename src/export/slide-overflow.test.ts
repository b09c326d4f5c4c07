import { expect, test } from 'vitest';
import { type SlideOverflow, summarizeSlideOverflow } from './slide-overflow.ts';

const at = (slideNumber: number, element: string, edges: SlideOverflow['edges']): SlideOverflow => ({
  slideId: `slide-${slideNumber}`,
  slideNumber,
  element,
  edges,
  problem: `reaches past the slide's ${edges.map(({ edge, px }) => `${edge} edge by ${px}px`).join(' and ')}`,
});

test('a long last bullet is named at the bottom edge it crosses, beside the heading it pushes past the top', () => {
  // What the measure finds on a centred slide whose last bullet runs long: the heading pushed up past
  // the top, the bullet's lines down past the bottom (their list's box left out: its bullets say more).
  const found = [
    at(4, '<h2> "What a montage does"', [{ edge: 'top', px: 313 }]),
    at(4, '<li.fragment.fade-up> "Builds momentum"', [{ edge: 'top', px: 209 }]),
    at(4, '<li.fragment.fade-up> "Carries the series from Rocky to Adonis, and then…"', [{ edge: 'top', px: 71 }]),
    at(4, '<li.fragment.fade-up> "Carries the series from Rocky to Adonis, and then…"', [{ edge: 'bottom', px: 34 }]),
    at(4, '<li.fragment.fade-up> "Carries the series from Rocky to Adonis, and then…"', [{ edge: 'bottom', px: 290 }]),
  ];
  expect(summarizeSlideOverflow(found)).toEqual([
    {
      slideId: 'slide-4',
      slideNumber: 4,
      summary:
        'its content runs past the slide\'s top edge by 313 px (<h2> "What a montage does") and bottom edge by 290 px (<li.fragment.fade-up> "Carries the series from Rocky to Adonis, and then…")',
    },
  ]);
});

test('the furthest crossing comes first, and a box that cuts off its own content is named too', () => {
  const found = [
    at(2, '<h2> "Title"', [{ edge: 'top', px: 12 }]),
    at(2, '<li> "A point that goes on"', [{ edge: 'bottom', px: 140 }]),
    at(2, '<li> "A point that goes on"', [{ edge: 'right', px: 30 }]),
    { ...at(2, '<div.box>', []), problem: 'cuts off its own content (40px down)' },
    at(7, '<p> "Elsewhere"', [{ edge: 'left', px: 5 }]),
  ];
  expect(summarizeSlideOverflow(found).map((spill) => `${spill.slideNumber}: ${spill.summary}`)).toEqual([
    '2: its content runs past the slide\'s bottom edge by 140 px (<li> "A point that goes on") and right edge by 30 px (<li> "A point that goes on") and top edge by 12 px (<h2> "Title"); <div.box> cuts off its own content (40px down)',
    '7: its content runs past the slide\'s left edge by 5 px (<p> "Elsewhere")',
  ]);
});

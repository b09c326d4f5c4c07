import type { Slide } from './types.ts';

/** How many fragment steps a slide reveals after arriving, by its layout's reveal setting. */
export function fragmentSteps(slide: Slide): number {
  switch (slide.layout) {
    case 'bullets':
      return slide.reveal === 'each' ? slide.items.length : 0;
    case 'versus':
      if (slide.reveal === 'rows') return slide.rows.length;
      return slide.reveal === 'cells' ? slide.rows.length * 2 : 0;
    case 'timeline':
      return slide.reveal === 'each' ? slide.points.length : 0;
    case 'title':
    case 'section':
    case 'statement':
    case 'quote':
    case 'figure':
    case 'closing':
      return 0;
    default:
      return assertNever(slide);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled layout: ${JSON.stringify(value)}`);
}

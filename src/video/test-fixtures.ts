import type { SlideTimeline } from '../narration/index.ts';
import type { VideoSlide } from './deck-source.ts';

/** A section a section slide opens in the tests' decks, and one none does. */
export const OPENED_SECTION = { id: 'two-montages', heading: 'Two montages in one' } as const;
export const UNOPENED_SECTION = { id: 'opening', heading: 'Opening' } as const;

/** A timeline of parts, each [start, end] ms with one cue per listed start. */
export function timeline(parts: readonly (readonly number[])[], durationMs: number): SlideTimeline {
  return {
    durationMs,
    parts: parts.map((starts, part) => {
      const end = parts[part + 1]?.[0] !== undefined ? (parts[part + 1]?.[0] ?? 0) - 450 : durationMs;
      return {
        startMs: starts[0] ?? 0,
        endMs: end,
        cues: starts.map((start, cue) => ({
          text: `Part ${part} cue ${cue}.`,
          startMs: start,
          endMs: starts[cue + 1] ?? end,
        })),
      };
    }),
  };
}

/** A slide with generated narration; give `timeline: null` for one with a recording, `audio: null` for a silent one. */
export function videoSlide(overrides: Partial<VideoSlide> & { timeline?: SlideTimeline | null } = {}): VideoSlide {
  const { timeline: ownTimeline, ...rest } = overrides;
  const spoken = ownTimeline === undefined ? timeline([[0, 2000]], 5000) : ownTimeline;
  return {
    id: 'slide',
    number: 1,
    title: 'A title',
    layout: 'statement',
    section: OPENED_SECTION,
    steps: spoken ? spoken.parts.length - 1 : 0,
    cues: spoken ? spoken.parts.map((part) => part.cues.map((cue) => cue.text)) : [['One two three.']],
    audio: { kind: spoken ? 'generated' : 'recording', path: '/narration/slide.mp3', timeline: spoken },
    timedMs: 4000,
    ...rest,
  };
}

import { describe, expect, it } from 'vitest';
import { cueAt, cuesBetween, proportionalTimeline, type SlideTimeline, timeCues, timelineMatches } from './timeline.ts';

describe('timing cues from the synthesizer’s word timings', () => {
  const part = 'Three reasons. It shows two ways of life. Side by side.';
  const cues = ['Three reasons.', 'It shows two ways of life.', 'Side by side.'];
  const words = [
    { offset: 0, ms: 40 },
    { offset: 6, ms: 400 },
    { offset: 15, ms: 1200 },
    { offset: 18, ms: 1400 },
    { offset: 42, ms: 2900 },
  ];

  it('starts each cue with its first word and ends it where the next begins', () => {
    expect(timeCues(part, cues, words, 1000, 5000)).toEqual([
      { text: 'Three reasons.', startMs: 1000, endMs: 2200 },
      { text: 'It shows two ways of life.', startMs: 2200, endMs: 3900 },
      { text: 'Side by side.', startMs: 3900, endMs: 5000 },
    ]);
  });

  it('gives a cue with no timed word the time its predecessor ends, never going backwards', () => {
    const timed = timeCues(part, cues, words.slice(0, 4), 0, 3000);
    expect(timed.map((cue) => cue.startMs)).toEqual([0, 1200, 1200]);
    expect(timed.at(-1)?.endMs).toBe(3000);
  });

  it('refuses cues that are not in the spoken text, saying so', () => {
    expect(() => timeCues(part, ['Four reasons.'], words, 0, 1)).toThrow('The cue "Four reasons." is not in the part');
  });
});

describe('proportional timing (recordings and the silent fallback)', () => {
  const timeline = proportionalTimeline([['One two three four.'], ['Five six.', 'Seven eight.']], 8000);

  it('shares the duration among cues by their words, parts in order', () => {
    expect(timeline.durationMs).toBe(8000);
    expect(timeline.parts.map((part) => [part.startMs, part.endMs])).toEqual([
      [0, 4000],
      [4000, 8000],
    ]);
    expect(timeline.parts[1]?.cues.map((cue) => [cue.startMs, cue.endMs])).toEqual([
      [4000, 6000],
      [6000, 8000],
    ]);
  });

  it('finds the cue being said at any moment', () => {
    expect(cueAt(timeline, 0)).toEqual({ part: 0, cue: 0 });
    expect(cueAt(timeline, 4500)).toEqual({ part: 1, cue: 0 });
    expect(cueAt(timeline, 7999)).toEqual({ part: 1, cue: 1 });
    expect(cueAt(timeline, 99_000)).toEqual({ part: 1, cue: 1 });
  });

  it('lists every cue passed between two moments, so a fast tick skips none', () => {
    expect(cuesBetween(timeline, null, { part: 1, cue: 0 })).toEqual([
      { part: 0, cue: 0 },
      { part: 1, cue: 0 },
    ]);
    expect(cuesBetween(timeline, { part: 0, cue: 0 }, { part: 1, cue: 1 })).toEqual([
      { part: 1, cue: 0 },
      { part: 1, cue: 1 },
    ]);
  });

  it('tells whether a timeline captions exactly a script’s cues', () => {
    const cues = [['One two three four.'], ['Five six.', 'Seven eight.']];
    expect(timelineMatches(timeline, cues)).toBe(true);
    expect(timelineMatches(timeline, [['One two three four.'], ['Five six.', 'Seven nine.']])).toBe(false);
    expect(timelineMatches({ durationMs: 0, parts: [] } satisfies SlideTimeline, cues)).toBe(false);
  });
});

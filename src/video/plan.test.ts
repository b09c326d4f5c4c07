import { describe, expect, test } from 'vitest';
import { SLIDE_GAP_MS } from '../narration/index.ts';
import { FRAME_RATE_FPS, planVideo } from './plan.ts';
import { timeline, videoSlide } from './test-fixtures.ts';

describe('planVideo', () => {
  test('each slide stays for its narration and the deck’s pause, one after another', () => {
    const slides = [videoSlide({ id: 'a' }), videoSlide({ id: 'b' }), videoSlide({ id: 'c' })];
    const audio: Record<string, number> = { a: 5000, b: 12_345.5, c: 8000 };
    const plan = planVideo(slides, (slide) => audio[slide.id] ?? 0);
    expect(plan.slides.map((s) => [s.startMs, s.durationMs])).toEqual([
      [0, 5000 + SLIDE_GAP_MS],
      [5700, 12_345.5 + SLIDE_GAP_MS],
      [5700 + 13_045.5, 8700],
    ]);
    expect(plan.durationMs).toBe(5700 + 13_045.5 + 8700);
  });

  test('a segment has a frame for every moment of its time, and no frame past it', () => {
    const plan = planVideo([videoSlide({ id: 'a' }), videoSlide({ id: 'b' })], (slide) =>
      slide.id === 'a' ? 4321 : 1000,
    );
    const [first, last] = plan.slides;
    // 5.021 s at 30 fps: frames 0..150, the last at 5.0 s, before the next slide at 5.021 s.
    expect(first?.frames).toBe(151);
    expect(((first?.frames ?? 0) - 1) / FRAME_RATE_FPS).toBeLessThan((first?.durationMs ?? 0) / 1000);
    // The last slide ends the video on a whole frame.
    expect(last?.durationMs).toBe(((last?.frames ?? 0) * 1000) / FRAME_RATE_FPS);
    expect(last?.durationMs).toBeGreaterThanOrEqual(1000 + SLIDE_GAP_MS);
  });

  test('fragment steps appear on the frame their part of the script begins, in order, each on a frame of its own', () => {
    const slide = videoSlide({
      timeline: timeline([[0, 1000], [3450, 5000], [7000]], 9000),
    });
    const [planned] = planVideo([slide], () => 9100).slides;
    expect(planned?.steps).toEqual([
      { startMs: 0, startFrame: 0 },
      { startMs: 3450, startFrame: 104 },
      { startMs: 7000, startFrame: 210 },
    ]);
    const crowded = videoSlide({ timeline: timeline([[0], [10], [20]], 30) });
    expect(planVideo([crowded], () => 30).slides[0]?.steps.map((step) => step.startFrame)).toEqual([0, 1, 2]);
  });

  test('captions start with their cue and stay until the next, the last until the slide gives way', () => {
    const slides = [
      videoSlide({ id: 'a', timeline: timeline([[0, 1500], [2500]], 4000) }),
      videoSlide({ id: 'b', timeline: timeline([[0]], 2000) }),
    ];
    const plan = planVideo(slides, (slide) => (slide.id === 'a' ? 4000 : 2000));
    expect(plan.slides.flatMap((s) => s.cues)).toEqual([
      { text: 'Part 0 cue 0.', startMs: 0, endMs: 1500 },
      { text: 'Part 0 cue 1.', startMs: 1500, endMs: 2500 },
      { text: 'Part 1 cue 0.', startMs: 2500, endMs: 4700 },
      { text: 'Part 0 cue 0.', startMs: 4700, endMs: plan.durationMs },
    ]);
  });

  test('a recording is captioned over its own length, shared out by words, as the deck does', () => {
    const slide = videoSlide({
      timeline: null,
      cues: [['One two.', 'Three four five six.'], ['Seven eight.']],
      steps: 1,
    });
    const [planned] = planVideo([slide], () => 8000).slides;
    expect(planned?.cues.map((cue) => cue.startMs)).toEqual([0, 2000, 6000]);
    expect(planned?.steps.map((step) => step.startMs)).toEqual([0, 6000]);
  });

  test('a silent slide is timed as the deck’s timed captions are: its length shared out by words, then the pause', () => {
    const slide = videoSlide({
      audio: null,
      timeline: null,
      cues: [['One two.'], ['Three four five six.', 'Seven eight.']],
      steps: 1,
      timedMs: 8000,
    });
    const [planned] = planVideo([slide], (silent) => silent.timedMs).slides;
    expect(planned?.durationMs).toBeGreaterThanOrEqual(8000 + SLIDE_GAP_MS);
    expect(planned?.steps.map((step) => step.startMs)).toEqual([0, 2000]);
    expect(planned?.cues.map((cue) => [cue.startMs, cue.endMs])).toEqual([
      [0, 2000],
      [2000, 6000],
      [6000, planned?.durationMs],
    ]);
  });
});

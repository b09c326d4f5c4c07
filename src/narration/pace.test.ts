import { expect, test } from 'vitest';
import { MIN_TIMED_SLIDE_MS, timedSlideMs } from './pace.ts';

test('timed captions take a slide’s pacing, and a slide with no words still shows for a moment', () => {
  expect(timedSlideMs(12)).toBe(12_000);
  expect(timedSlideMs(0.5)).toBe(500);
  expect(timedSlideMs(0)).toBe(MIN_TIMED_SLIDE_MS);
});

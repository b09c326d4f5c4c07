import { describe, expect, it } from 'vitest';
import { blockLevel, meterFraction, quietTakeWarning, SILENCE_WARNING_MS, SilenceWatch } from './levels.ts';

describe('the level meter', () => {
  it('reads a full-scale block as clipped and a half-scale sine as about -9 dBFS RMS', () => {
    expect(blockLevel(Float32Array.from([0.2, -1, 0.5])).clipped).toBe(true);
    const sine = Float32Array.from({ length: 4800 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 48_000));
    const level = blockLevel(sine);
    expect(level.clipped).toBe(false);
    expect(level.rmsDb).toBeCloseTo(-9.03, 1);
    expect(level.peakDb).toBeCloseTo(-6.02, 1);
  });

  it('places silence at the bottom and full scale at the top', () => {
    expect(meterFraction(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(meterFraction(-30)).toBeCloseTo(0.5);
    expect(meterFraction(3)).toBe(1);
  });
});

describe('the warnings', () => {
  it('say a take is quiet only when it is well below the median of the others', () => {
    expect(quietTakeWarning(-32, [-20, -21, -19])).toMatch(/12 dB quieter than your other takes.*Retake/);
    expect(quietTakeWarning(-25, [-20, -21, -19])).toBeNull();
    expect(quietTakeWarning(-40, [])).toBeNull();
  });

  it('say the microphone is silent after three seconds with no signal, and forget it when sound comes', () => {
    const watch = new SilenceWatch();
    const quiet = blockLevel(new Float32Array(480));
    const loud = blockLevel(Float32Array.from([0.3, -0.3]));
    expect(watch.feed(quiet, 0)).toBe(false);
    expect(watch.feed(quiet, SILENCE_WARNING_MS - 1)).toBe(false);
    expect(watch.feed(quiet, SILENCE_WARNING_MS)).toBe(true);
    expect(watch.feed(loud, SILENCE_WARNING_MS + 10)).toBe(false);
    expect(watch.feed(quiet, SILENCE_WARNING_MS + 20)).toBe(false);
  });
});

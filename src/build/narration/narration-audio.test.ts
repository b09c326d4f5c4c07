import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR, loadDeck } from '../load-deck.ts';
import { NARRATION_COMMAND, narrationProblems, readManifest } from './cache.ts';
import { readMp3 } from './mp3.ts';
import { narrationVoice } from './voice-settings.ts';

const NARRATION_DIR = resolve(ASSETS_DIR, 'narration');
/** The ceiling for compressed speech. */
const MAX_KB_PER_MINUTE = 200;

describe('the deck’s narration audio', () => {
  it(`matches every slide’s script (otherwise run \`${NARRATION_COMMAND}\`)`, () => {
    const deck = loadDeck();
    const problems = narrationProblems(deck, NARRATION_DIR, narrationVoice(deck.pronunciation));
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it(`is MP3 at the declared sample rate, as long as its captions, at no more than ${MAX_KB_PER_MINUTE} KB per minute`, () => {
    const manifest = readManifest(NARRATION_DIR);
    expect(manifest).not.toBeNull();
    for (const [id, entry] of Object.entries(manifest?.slides ?? {})) {
      const bytes = readFileSync(resolve(NARRATION_DIR, entry.file));
      const mp3 = readMp3(bytes);
      expect(mp3, `slide "${id}"`).not.toBeNull();
      expect(mp3?.sampleRatesHz, `slide "${id}"`).toEqual([manifest?.voice.mp3SampleRateHz]);
      const durationMs = mp3?.durationMs;
      // The encoder pads up to a frame at each end.
      expect(Math.abs((durationMs ?? 0) - entry.timeline.durationMs), `slide "${id}"`).toBeLessThan(150);
      const kbPerMinute = bytes.length / 1000 / ((durationMs ?? 1) / 60_000);
      expect(kbPerMinute, `slide "${id}"`).toBeLessThanOrEqual(MAX_KB_PER_MINUTE);
    }
  });
});

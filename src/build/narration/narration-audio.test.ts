import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_AUDIO } from '../../narration/index.ts';
import { ASSETS_DIR, loadDeck } from '../load-deck.ts';
import { NARRATION_COMMAND, narrationProblems, readManifest } from './cache.ts';
import { readMp3 } from './mp3.ts';
import { readWebmOpus } from './opus.ts';
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

  it(`is Opus in WebM and MP3 at the declared rate, each as long as its captions, at no more than ${MAX_KB_PER_MINUTE} KB per minute`, async () => {
    const manifest = readManifest(NARRATION_DIR);
    expect(manifest).not.toBeNull();
    for (const [id, entry] of Object.entries(manifest?.slides ?? {})) {
      expect(
        entry.files.map((audio) => audio.type),
        `slide "${id}"`,
      ).toEqual(GENERATED_AUDIO.map(({ type }) => type));
      for (const audio of entry.files) {
        const bytes = readFileSync(resolve(NARRATION_DIR, audio.file));
        const where = `slide "${id}", ${audio.file}`;
        let durationMs: number | undefined;
        if (audio.type === 'audio/mpeg') {
          const mp3 = readMp3(bytes);
          expect(mp3?.sampleRatesHz, where).toEqual([manifest?.voice.mp3.sampleRateHz]);
          durationMs = mp3?.durationMs;
        } else {
          const webm = await readWebmOpus(bytes);
          expect(webm && { codec: webm.codec, channels: webm.channels }, where).toEqual({ codec: 'opus', channels: 1 });
          durationMs = webm?.durationMs;
        }
        // The encoders pad up to a frame at the end (and the MP3 at the start).
        expect(Math.abs((durationMs ?? 0) - entry.timeline.durationMs), where).toBeLessThan(150);
        const kbPerMinute = bytes.length / 1000 / ((durationMs ?? 1) / 60_000);
        expect(kbPerMinute, where).toBeLessThanOrEqual(MAX_KB_PER_MINUTE);
      }
    }
  });
});

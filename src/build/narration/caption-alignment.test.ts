/**
 * The caption changes when its words begin: each voice renders a slide for real, the MP3 is decoded
 * as a player would, and every cue's start must sit within 100 ms of where sound resumes after a
 * silence. Festival is one of the test tools (scripts/test-tools.ts): `npm test`'s set-up installs it
 * as root, so it is skipped only where that set-up could not run.
 */
import { describe, expect, it, vi } from 'vitest';
import { describeMissing, installCommand, missingTools, toolsNamed } from '../../../scripts/test-tools.ts';
import { GENERATED_AUDIO, type NarrationVoiceSettings } from '../../narration/index.ts';
import { createEngine } from './create-engine.ts';
import { decodeAudio } from './decode-audio.ts';
import { renderSlide } from './render-slide.ts';
import { DEFAULT_VOICE_NAME, NARRATION_VOICES, narrationVoice } from './voice-settings.ts';

vi.setConfig({ testTimeout: 120_000 });

/** The issue's tolerance: a caption may change at most this far from its words' start. */
const TOLERANCE_MS = 100;
/**
 * Frames this quiet are silence (dB below full scale); a pause is at least MIN_SILENCE_MS of them.
 * Low, because a word can begin with a fricative ("Same") that rises from -70 dB, and the MP3 keeps
 * little of its hiss; the pauses the renderer puts in are digital silence.
 */
const SILENCE_DB = -60;
const FRAME_MS = 5;
const MIN_SILENCE_MS = 120;

const SCRIPT = [
  'Rocky trains on a remote farm. Drago trains in a laboratory, under the lights, with needles and machines and men in white coats watching every number on every screen.',
  'Then the cutting turns fast. Same blow, two worlds.',
];

/** Where sound resumes after each silence of at least MIN_SILENCE_MS, in ms from the start. */
function onsets(samples: Float32Array, sampleRateHz: number): number[] {
  const frame = Math.round((sampleRateHz * FRAME_MS) / 1000);
  const found: number[] = [];
  let quietFrames = 0;
  for (let at = 0; at + frame <= samples.length; at += frame) {
    let energy = 0;
    for (let index = at; index < at + frame; index++) energy += (samples[index] ?? 0) ** 2;
    const quiet = 10 * Math.log10(energy / frame + 1e-12) < SILENCE_DB;
    if (!quiet && quietFrames * FRAME_MS >= MIN_SILENCE_MS) found.push((at * 1000) / sampleRateHz);
    quietFrames = quiet ? quietFrames + 1 : 0;
  }
  return found;
}

const FESTIVAL_TOOLS = toolsNamed('festival', 'festvox-us-slt-hts');

const VOICES: [string, NarrationVoiceSettings][] = [
  [`the default voice (${DEFAULT_VOICE_NAME})`, NARRATION_VOICES[DEFAULT_VOICE_NAME]],
  ['eSpeak NG', NARRATION_VOICES['espeak-ng']],
  ...(DEFAULT_VOICE_NAME === 'festival-slt'
    ? []
    : [['Festival HTS slt', NARRATION_VOICES['festival-slt']] as [string, NarrationVoiceSettings]]),
];

describe('captions against the sound', () => {
  for (const [name, settings] of VOICES) {
    const lacking = settings.engine === 'festival' ? missingTools(undefined, FESTIVAL_TOOLS) : [];
    const missing = lacking.length > 0;
    if (missing) {
      console.log(`Skipped: ${name} needs ${describeMissing(lacking)}. Run: ${installCommand(lacking)}`);
    }
    it.skipIf(missing)(
      `change when the words begin, within ${TOLERANCE_MS} ms, in ${name}, in the WebM and the MP3 alike`,
      async () => {
        const voice = narrationVoice([], settings);
        const { audio, timeline } = await renderSlide(SCRIPT, createEngine(settings), voice);
        const starts = timeline.parts.flatMap((part) => part.cues.map((cue) => ({ text: cue.text, ms: cue.startMs })));
        // The long sentence is cut into captions at a comma, so there is a change inside a sentence too.
        expect(starts.length).toBeGreaterThanOrEqual(5);
        for (const { type } of GENERATED_AUDIO) {
          const { samples, sampleRateHz } = await decodeAudio(audio[type], type);
          const heard = onsets(samples, sampleRateHz);
          for (const start of starts.slice(1)) {
            const nearest = Math.min(...heard.map((onset) => Math.abs(onset - start.ms)));
            expect(
              nearest,
              `${type}: "${start.text}" starts at ${start.ms} ms; sound resumes at ${heard.map(Math.round).join(', ')} ms`,
            ).toBeLessThanOrEqual(TOLERANCE_MS);
          }
          // The audio is as long as the timeline says, give or take the encoder's last frame.
          expect(Math.abs((samples.length / sampleRateHz) * 1000 - timeline.durationMs), type).toBeLessThan(150);
        }
      },
    );
  }
});

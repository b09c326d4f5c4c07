import { describe, expect, it } from 'vitest';
import { proportionalTimeline, splitCues } from '../../narration/index.ts';
import { alignRecording } from './align-recording.ts';
import { createEngine } from './create-engine.ts';
import { commaPieces, timingErrors, unevenTake } from './uneven-take.ts';
import { speechIntervals } from './voice-activity.ts';
import { NARRATION_VOICE_SETTINGS } from './voice-settings.ts';

/** A slide's script in three parts, with commas inside sentences (pauses that start no caption). */
const SCRIPT = [
  'The montage runs in two halves. First, the two men train apart, one in a lab, the other in a barn. The cuts come faster as the music builds.',
  'Drago runs on a treadmill while machines count his every stride. Rocky runs through deep snow, with no one counting anything.',
  'Then the song changes. The second half belongs to the mountain, and to the shout at its top. It is the part people remember.',
];

const cuesByPart = SCRIPT.map((part) => splitCues(part));
const pieces = cuesByPart.flat().map(commaPieces);
const said = await createEngine(NARRATION_VOICE_SETTINGS).speak(pieces.flat());
const utterances = pieces.map((cue) => said.splice(0, cue.length));
const take = unevenTake(cuesByPart, utterances, 900, 700);
const speech = speechIntervals(take.samples, take.sampleRateHz);
const durationMs = (take.samples.length * 1000) / take.sampleRateHz;
const starts = (timeline: { parts: readonly { cues: readonly { startMs: number }[] }[] }) =>
  timeline.parts.flatMap((part) => part.cues.map((cue) => cue.startMs)).slice(1);

describe('captions of a recording with uneven pauses', () => {
  it('start within 250 ms of their words for at least 90% of captions, with the take’s marks', () => {
    const marks = [0, ...take.markMomentsMs];
    const { timeline } = alignRecording(cuesByPart, speech, durationMs, marks);
    const errors = timingErrors(starts(timeline), take.cueStartsMs.slice(1));
    expect(errors.share, `errors ${errors.errorsMs.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(0.9);
    // Each fragment appears where its part's words begin.
    timeline.parts.slice(1).forEach((part, index) => {
      expect(Math.abs(part.startMs - (take.partStartsMs[index + 1] ?? 0))).toBeLessThanOrEqual(250);
    });
  });

  it('find the parts at pauses in a file without marks', () => {
    const { timeline } = alignRecording(cuesByPart, speech, durationMs, null);
    const errors = timingErrors(starts(timeline), take.cueStartsMs.slice(1));
    expect(errors.share).toBeGreaterThanOrEqual(0.9);
  });

  it('do much better than spreading the length by word count', () => {
    const aligned = timingErrors(
      starts(alignRecording(cuesByPart, speech, durationMs, null).timeline),
      take.cueStartsMs.slice(1),
    );
    const spread = timingErrors(starts(proportionalTimeline(cuesByPart, durationMs)), take.cueStartsMs.slice(1));
    expect(spread.share).toBeLessThan(0.6);
    expect(aligned.meanMs).toBeLessThan(spread.meanMs / 3);
  });

  it('fall back to word count where no pause fits, keeping their order', () => {
    // One stretch of speech with no pause at all: every caption is placed by its words.
    const { timeline, placed } = alignRecording(cuesByPart, [{ startMs: 200, endMs: 20_200 }], 21_000, null);
    expect(placed.every((how) => how === 'words')).toBe(true);
    const flat = starts(timeline);
    expect(flat).toEqual([...flat].sort((a, b) => a - b));
    expect(flat[0]).toBeGreaterThan(200);
  });
});

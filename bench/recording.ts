/**
 * How well a recording's captions follow its speech, and how loud it ships: for each slide named,
 * the deck's voice says its sentences with uneven pauses and breaths at commas (a stand-in for a
 * person whose every word's start is known), and the take goes through what `npm run narration`
 * does to a recording, with its part marks and without. Prints, against the truth, the caption
 * starts of word-count spreading over the take's length (how recordings were captioned before)
 * and of the alignment to pauses, and the loudness of the shipped files (ffmpeg ebur128).
 *   npx tsx bench/recording.ts [--slides a,b,c] [--deck PATH]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deckPathOrExit } from '../src/build/deck-path.ts';
import { loadProjectDeck } from '../src/build/load-deck.ts';
import { wavBytes } from '../src/build/narration/pcm.ts';
import { integratedLoudness } from '../src/build/narration/process-recording.ts';
import { renderRecording } from '../src/build/narration/render-narration.ts';
import { sayUnevenTake, timingErrors } from '../src/build/narration/uneven-take.ts';
import { narrationVoice } from '../src/build/narration/voice-settings.ts';
import { GENERATED_AUDIO, proportionalTimeline, type SlideTimeline, splitCues } from '../src/narration/index.ts';

const DEFAULT_SLIDES = 'intercut,what-a-montage-does,winning-the-montage,back-to-basics,montage-timeline';
const WITHIN_MS = 250;
/** A take starts and ends with room tone, as a person's does. */
const LEAD_MS = 1500;
const TAIL_MS = 1200;
/** A microphone's level before processing. */
const MIC_GAIN = 0.3;

const { values } = parseArgs({ options: { slides: { type: 'string' }, deck: { type: 'string' } } });
const { deck } = loadProjectDeck(deckPathOrExit('bench:recording', values.deck));
const voice = narrationVoice(deck.pronunciation);
const ids = (values.slides ?? DEFAULT_SLIDES).split(',');
const scratch = mkdtempSync(join(tmpdir(), 'recording-bench-'));

function starts(timeline: SlideTimeline): number[] {
  return timeline.parts.flatMap((part) => part.cues.map((cue) => cue.startMs)).slice(1);
}

type Method = 'spread' | 'marks' | 'pauses';
const errors: Record<Method, number[]> = { spread: [], marks: [], pauses: [] };
const partErrors: number[] = [];
const loudness: string[] = [];
const started = performance.now();
try {
  for (const id of ids) {
    const placed = deck.slides.find((candidate) => candidate.slide.id === id);
    if (!placed)
      throw new Error(`bench:recording: the deck has no slide "${id}". Fix: name slides of the deck with --slides.`);
    const cuesByPart = placed.script.map((part) => splitCues(part));
    const take = await sayUnevenTake(placed.script, voice, { leadMs: LEAD_MS, tailMs: TAIL_MS, gain: MIC_GAIN });
    const samples = take.samples;
    const path = join(scratch, `${id}.wav`);
    writeFileSync(path, wavBytes(samples, take.sampleRateHz));
    const takeMs = (samples.length * 1000) / take.sampleRateHz;
    const truth = take.cueStartsMs.slice(1);
    const spread = timingErrors(starts(proportionalTimeline(cuesByPart, takeMs)), truth, WITHIN_MS);
    errors.spread.push(...spread.errorsMs);
    const line = [
      `${id} (${cuesByPart.flat().length} captions, ${placed.script.length} parts, ${(takeMs / 1000).toFixed(1)} s): spread ${(spread.share * 100).toFixed(0)}%`,
    ];
    for (const method of ['marks', 'pauses'] as const) {
      const marks = method === 'marks' ? [0, ...take.markMomentsMs] : null;
      const rendered = await renderRecording(placed, path, id, marks, voice);
      const shipped = truth.map((ms) => ms - rendered.shiftMs);
      const aligned = timingErrors(starts(rendered.timeline), shipped, WITHIN_MS);
      errors[method].push(...aligned.errorsMs);
      line.push(`${method} ${(aligned.share * 100).toFixed(0)}% (worst ${aligned.worstMs.toFixed(0)} ms)`);
      if (method === 'marks') {
        rendered.timeline.parts.slice(1).forEach((part, index) => {
          partErrors.push(Math.abs(part.startMs - ((take.partStartsMs[index + 1] ?? 0) - rendered.shiftMs)));
        });
        for (const { type, extension } of GENERATED_AUDIO) {
          const file = join(scratch, `${id}.${extension}`);
          writeFileSync(file, rendered.audio[type]);
          loudness.push(
            `${id}.${extension} ${(await integratedLoudness(file)).toFixed(1)} LUFS (take ${rendered.inputLufs.toFixed(1)})`,
          );
        }
      }
    }
    console.log(line.join(', '));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function summary(values: number[]): { share: number; mean: number; worst: number } {
  const within = values.filter((error) => error <= WITHIN_MS).length;
  return {
    share: within / Math.max(1, values.length),
    mean: values.reduce((sum, error) => sum + error, 0) / Math.max(1, values.length),
    worst: Math.max(0, ...values),
  };
}
const rows: [string, Method][] = [
  ['word count spread over the take (before)', 'spread'],
  ['alignment to pauses, with the take’s marks', 'marks'],
  ['alignment to pauses, no marks (a dropped-in file)', 'pauses'],
];
console.log(
  `\ncaption starts against their words (${errors.spread.length} captions: every one but each slide's first, which opens at 0; ${ids.length} slides):`,
);
const base = summary(errors.spread);
for (const [label, method] of rows) {
  const { share, mean, worst } = summary(errors[method]);
  console.log(
    `  ${label.padEnd(50)} within ${WITHIN_MS} ms ${(share * 100).toFixed(1)}%, mean ${mean.toFixed(0)} ms, worst ${worst.toFixed(0)} ms; mean ${(mean / base.mean).toFixed(3)}x spread's`,
  );
}
const parts = summary(partErrors);
console.log(
  `part starts with marks: ${(parts.share * 100).toFixed(0)}% within ${WITHIN_MS} ms, worst ${parts.worst.toFixed(0)} ms`,
);
console.log(`loudness after processing (target -16 LUFS): ${loudness.join('; ')}`);
console.log(`in ${((performance.now() - started) / 1000).toFixed(1)} s`);

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDeck, type Deck, type Slide } from '../../model/index.ts';
import { deckOf, validSlides } from '../../model/test-fixtures.ts';
import { narrationProblems, readManifest, scriptHash } from './cache.ts';
import { wavBytes } from './pcm.ts';
import { integratedLoudness } from './process-recording.ts';
import { RecordingProblemsError, renderNarration } from './render-narration.ts';
import { sayUnevenTake, timingErrors } from './uneven-take.ts';
import { narrationVoice } from './voice-settings.ts';

const VOICE = narrationVoice([[/\bRocky IV\b/g, 'Rocky Four']]);
const LONG_SCRIPT: [string, ...string[]] = [
  'The montage has two halves. First, the two men train apart, one in a lab, the other in a barn.',
  'Drago runs on a treadmill while machines count his every stride. Rocky runs through deep snow.',
  'Then the song changes, and the mountain takes over. It is the part people remember.',
];

function deckWith(change?: (slides: Slide[]) => void): Deck {
  const slides = validSlides();
  slides[3] = { ...(slides[3] as Slide), notes: LONG_SCRIPT } as Slide;
  change?.(slides);
  return buildDeck(deckOf(slides));
}

vi.setConfig({ testTimeout: 120_000 });

let baseline = '';
let dir = '';
const scratch: string[] = [];
const RATE_HZ = 16_000;

beforeAll(async () => {
  baseline = mkdtempSync(join(tmpdir(), 'recordings-base-'));
  scratch.push(baseline);
  await renderNarration(deckWith(), baseline, VOICE);
}, 120_000);
afterAll(() => {
  for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of the rendered narration folder. */
function fresh(): string {
  dir = mkdtempSync(join(tmpdir(), 'recordings-'));
  scratch.push(dir);
  cpSync(baseline, dir, { recursive: true });
  return dir;
}

function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = readFileSync(join(at, entry.name)).toString('base64');
    }
  };
  walk(folder, '');
  return files;
}

describe('a recording when it is registered', () => {
  it('is trimmed, brought to -16 LUFS, and captioned where its words are', async () => {
    const folder = fresh();
    const made = await sayUnevenTake(LONG_SCRIPT, VOICE, { leadMs: 1200, tailMs: 900, gain: 0.25 });
    writeFileSync(join(folder, 'four.wav'), wavBytes(made.samples, made.sampleRateHz));
    const marks = [0, ...made.markMomentsMs.map(Math.round)];
    const stamp = { format: 1, slide: 'four', audio: 'four.wav', scriptHash: scriptHash(LONG_SCRIPT), parts: marks };
    writeFileSync(join(folder, 'four.marks.json'), JSON.stringify(stamp));
    await renderNarration(deckWith(), folder, VOICE);
    expect(narrationProblems(deckWith(), folder, VOICE)).toEqual([]);
    const entry = readManifest(folder)?.slides.four;
    expect(entry?.recording).toBe('four.wav');
    for (const file of entry?.files ?? []) {
      expect(Math.abs((await integratedLoudness(join(folder, file.file))) + 16)).toBeLessThanOrEqual(1);
    }
    // Its words begin after the deck's lead-in (and the MP3's delay), so the truth moves with them.
    const cues = (entry?.timeline.parts ?? []).flatMap((part) => part.cues.map((cue) => cue.startMs));
    const firstWordMs = VOICE.settings.pauses.slideLeadMs + 69;
    const truth = made.cueStartsMs.map((ms) => ms - (made.cueStartsMs[0] ?? 0) + firstWordMs);
    const errors = timingErrors(cues.slice(1), truth.slice(1));
    expect(errors.share, `errors ${errors.errorsMs.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(0.9);
    const partTruth = made.partStartsMs.map((ms) => ms - (made.cueStartsMs[0] ?? 0) + firstWordMs);
    (entry?.timeline.parts ?? []).slice(1).forEach((part, index) => {
      expect(Math.abs(part.startMs - (partTruth[index + 1] ?? 0))).toBeLessThanOrEqual(250);
    });
    // The length the deck plays is the trimmed take: its lead-in, its speech, its tail.
    const speechMs = (made.samples.length * 1000) / made.sampleRateHz - 1200 - 900;
    expect(Math.abs((entry?.timeline.durationMs ?? 0) - (speechMs + 250 + 400 + 69))).toBeLessThan(300);

    // The script changes under it: flagged, and the generated voice says the new words meanwhile.
    const edited = deckWith((slides) => {
      slides[3] = {
        ...(slides[3] as Slide),
        notes: [LONG_SCRIPT[0], LONG_SCRIPT[1] ?? '', 'A new last part.'],
      } as Slide;
    });
    await renderNarration(edited, folder, VOICE);
    expect(narrationProblems(edited, folder, VOICE)).toEqual([
      'Slide "four": its script changed after the recording assets/narration/four.wav was made. Fix: record the slide again (replace the file) and run `npm run narration`, or delete the recording to use the generated voice.',
    ]);
    expect(readManifest(folder)?.slides.four?.recording).toBeUndefined();
  });

  const silence = wavBytes(new Int16Array(RATE_HZ * 20), RATE_HZ);
  const random = Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919 + 13) % 251);
  const refused: [string, Record<string, Uint8Array | string>, string][] = [
    [
      'empty',
      { 'four.m4a': new Uint8Array(0) },
      'Slide "four" (slide 4): the recording assets/narration/four.m4a is empty (0 bytes). Fix: record the slide again, or delete the file.',
    ],
    [
      'random bytes',
      { 'four.wav': random },
      'Slide "four" (slide 4): the recording assets/narration/four.wav cannot be read as audio',
    ],
    [
      'silent',
      { 'four.wav': silence },
      'Slide "four" (slide 4): the recording assets/narration/four.wav is silent (its loudest moment is digital silence): the microphone gave no signal. Fix: check the microphone is on and chosen as the input, then record the slide again.',
    ],
    [
      'far shorter than its script',
      {
        'four.wav': wavBytes(
          Int16Array.from({ length: RATE_HZ }, (_, i) => Math.round(8000 * Math.sin(i / 5))),
          RATE_HZ,
        ),
      },
      'Slide "four" (slide 4): the recording assets/narration/four.wav is 1.0 s long, but its script\'s 51 words take at least 9 s to say. Fix: record the whole script of the slide (all its parts), or delete the file.',
    ],
    [
      'two for one slide',
      { 'four.wav': silence, 'four.ogg': 'x' },
      'Slide "four" has 2 recordings: assets/narration/four.ogg and assets/narration/four.wav. Fix: keep the one to use and delete the other.',
    ],
    [
      'of a format the deck does not play',
      { 'four.flac': 'x' },
      'assets/narration/four.flac looks like a recording, but the deck does not play .flac files. Fix: convert it to one of mp3, m4a, ogg, opus, webm, wav (e.g. `ffmpeg -i four.flac four.wav`), then delete the .flac file.',
    ],
    [
      'named in the wrong case',
      { 'Four.WAV': silence },
      'assets/narration/Four.WAV is named like the recording of slide "four" but not exactly (names are case-sensitive). Fix: rename it to assets/narration/four.wav.',
    ],
  ];
  it.each(refused)(
    'is refused when %s, in one line naming it and the fix, and nothing is written',
    async (_, files, message) => {
      const folder = fresh();
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
      const before = snapshot(folder);
      const run = renderNarration(deckWith(), folder, VOICE);
      await expect(run).rejects.toThrow(RecordingProblemsError);
      const problems = await run.then(
        () => [] as readonly string[],
        (error: RecordingProblemsError) => error.problems,
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(message);
      expect(problems[0]).not.toContain('\n');
      expect(snapshot(folder)).toEqual(before);
    },
  );

  it('is named by the test when it is misnamed or doubled, before anyone runs npm run narration', () => {
    const folder = fresh();
    writeFileSync(join(folder, 'four.flac'), 'x');
    writeFileSync(join(folder, 'Five.WAV'), 'x');
    expect(narrationProblems(deckWith(), folder, VOICE)).toEqual([
      'assets/narration/Five.WAV is named like the recording of slide "five" but not exactly (names are case-sensitive). Fix: rename it to assets/narration/five.wav.',
      'assets/narration/four.flac looks like a recording, but the deck does not play .flac files. Fix: convert it to one of mp3, m4a, ogg, opus, webm, wav (e.g. `ffmpeg -i four.flac four.wav`), then delete the .flac file.',
    ]);
  });
});

/**
 * Which narration voice a listener can follow: renders the whole script with each voice, has
 * pocketsphinx (CMU's recogniser, Debian's en-us model) transcribe every slide, and prints per voice
 * the word error rate against the script as it should be said, the speaking rate, the length, the
 * size, the render time, and what can be measured of how natural it sounds, each against eSpeak NG
 * measured in the same run. Exits 1 when the deck's default voice misses a target.
 *   npm run bench:voice                                   every voice
 *   npm run bench:voice -- --voices flite-rms,festival-slt   some (eSpeak NG is always measured)
 *   npm run bench:voice -- --keep /tmp/voices             keep the rendered audio there
 *   npm run bench:voice -- --fallback all                 listen to every voice's MP3 too, not only the default's
 * Every voice is heard in its WebM (Opus), what every current browser plays; the default voice
 * also in its MP3, what a browser without Opus gets (--fallback none to skip it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describeMissing, installCommand, missingTools, toolsNamed } from '../scripts/test-tools.ts';
import { loadDeck } from '../src/build/load-deck.ts';
import { decodeAudio } from '../src/build/narration/decode-audio.ts';
import { toInt16, wavBytes } from '../src/build/narration/pcm.ts';
import { narrationTotals, renderNarration } from '../src/build/narration/render-narration.ts';
import {
  clippedShare,
  innerPauses,
  intonation,
  median,
  PITCH_HOP_MS,
  pitchTrack,
} from '../src/build/narration/speech-measures.ts';
import {
  DEFAULT_VOICE_NAME,
  NARRATION_VOICES,
  type NarrationVoiceName,
  narrationVoice,
} from '../src/build/narration/voice-settings.ts';
import { errorRate, normalWords, sumErrors, type WordErrors, wordErrors } from '../src/build/narration/word-error.ts';
import { commandLine, onStop, UsageError } from '../src/cli/command.ts';
import { choiceValue, countValue } from '../src/cli/values.ts';
import { countWords, type Deck, FixableError, formatDuration, spokenText } from '../src/model/index.ts';
import { GENERATED_AUDIO, type NarrationManifest } from '../src/narration/index.ts';

const run = promisify(execFile);

/** The targets for the shipped voice. */
const TARGET_WER = 0.18;
const TARGET_WER_VS_ESPEAK = 0.3;
const TARGET_KB_PER_MINUTE = 200;
const TARGET_WPM = [140, 165] as const;
/** The baseline every figure is compared with, measured in the same run. */
const BASELINE: NarrationVoiceName = 'espeak-ng';
/** Recognisers at once: each takes a core, and the machine has two. */
const MAX_JOBS = 2;
/** A pause inside a cue shorter than this is a stop consonant, not a pause. */
const MIN_PAUSE_MS = 100;
/** A statement "falls" when its last quarter ends this far below its middle. */
const FALL_SEMITONES = 1;

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const POCKETSPHINX = 'pocketsphinx_continuous';
const LISTENER_TOOLS = toolsNamed('pocketsphinx', 'pocketsphinx-en-us');
const RECOGNISER_ARGS = [
  '-hmm',
  `${MODEL_DIR}/en-us`,
  '-lm',
  `${MODEL_DIR}/en-us.lm.bin`,
  '-dict',
  `${MODEL_DIR}/cmudict-en-us.dict`,
  '-logfn',
  '/dev/null',
];

const values = commandLine({
  name: 'bench:voice',
  options: {
    voices: { type: 'string', value: 'A,B' },
    jobs: { type: 'string', value: 'N' },
    keep: { type: 'string', value: 'DIR' },
    fallback: { type: 'string', value: 'WHICH' },
  },
  help: `Usage: npm run bench:voice [-- options]

Renders the whole script with each narration voice, has pocketsphinx transcribe every slide, and
prints per voice the word error rate, speaking rate, length, size, render time and measures of how
natural it sounds, each against eSpeak NG measured in the same run. Exits 1 when the deck's
default voice misses a target. Needs pocketsphinx and its en-us model (installed as root).

Options:
  --voices A,B   the voices to measure, from ${Object.keys(NARRATION_VOICES).join(', ')}
                 (default: all; eSpeak NG is always measured)
  --jobs N       recognisers at once, 1 to ${MAX_JOBS} (default: ${MAX_JOBS})
  --keep DIR     keep the rendered audio, 16 kHz WAVs and transcripts there
  --fallback W   also hear the MP3 fallback: default (the deck's voice only), all, or none
  -h, --help     show this help`,
});
const JOBS = countValue('--jobs', values.jobs, { min: 1, max: MAX_JOBS }) ?? MAX_JOBS;

type GeneratedFormat = (typeof GENERATED_AUDIO)[number];
/** What a browser that plays Opus gets (every current one): the targets are held to it. */
const PREFERRED: GeneratedFormat = GENERATED_AUDIO[0];
const FALLBACK_CHOICES = ['default', 'all', 'none'] as const;
const FALLBACK = choiceValue('--fallback', values.fallback, FALLBACK_CHOICES) ?? 'default';

/** The formats the listener hears a voice in: the preferred one, and the fallbacks where asked. */
function formatsFor(name: NarrationVoiceName): GeneratedFormat[] {
  const fallbacks = FALLBACK === 'all' || (FALLBACK === 'default' && name === DEFAULT_VOICE_NAME);
  return fallbacks ? [...GENERATED_AUDIO] : [PREFERRED];
}

interface SlideAudio {
  readonly id: string;
  readonly audio: Uint8Array;
  readonly reference: string[];
}

/** What the bench measured of one voice. */
interface VoiceResult {
  readonly name: NarrationVoiceName;
  /** The file extension of the format heard. */
  readonly format: string;
  readonly errors: WordErrors;
  readonly wer: number;
  readonly wordsPerMinute: number;
  readonly seconds: number;
  /** KB per minute of the format heard, and the largest of every format the deck ships. */
  readonly kbPerMinute: number;
  readonly largestKbPerMinute: number;
  readonly renderSeconds: number;
  readonly pitchRange: number;
  readonly falling: number;
  readonly jitter: number;
  readonly pausedPunctuation: number;
  readonly strayPausesPerMinute: number;
  readonly clipped: number;
  readonly worstSlides: string;
}

function chosenVoices(): NarrationVoiceName[] {
  const known = Object.keys(NARRATION_VOICES) as NarrationVoiceName[];
  const asked = values.voices ? values.voices.split(',').map((name) => name.trim()) : known;
  const unknown = asked.filter((name) => !(known as string[]).includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`--voices: no voice named ${unknown.join(', ')}. Fix: pick from ${known.join(', ')}.`);
  }
  return [BASELINE, ...(asked as NarrationVoiceName[]).filter((name) => name !== BASELINE)];
}

/** The listener is one of the test tools; as root the tests' own set-up installs what is missing. */
function ensureRecogniser(): void {
  if (missingTools(undefined, LISTENER_TOOLS).length > 0 && process.getuid?.() === 0) {
    execFileSync('npx', ['tsx', 'scripts/ensure-test-tools.ts'], { stdio: 'inherit' });
  }
  const missing = missingTools(undefined, LISTENER_TOOLS);
  if (missing.length === 0) return;
  throw new FixableError(`bench:voice needs ${describeMissing(missing)}. Fix: ${installCommand(missing)}`);
}

/** Runs tasks with at most `jobs` at once, keeping their order. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}

async function transcribe(wavPath: string): Promise<string> {
  const { stdout } = await run(POCKETSPHINX, [...RECOGNISER_ARGS, '-infile', wavPath], { maxBuffer: 8 * 1024 * 1024 });
  return stdout;
}

/** Sounds of the voice the listener does not need: pitch, pauses and clipping, over every cue. */
function measureSound(
  decoded: { samples: Float32Array; sampleRateHz: number },
  manifest: NarrationManifest,
  id: string,
  sums: {
    ranges: number[];
    falls: number;
    statements: number;
    jitters: number[];
    punct: number;
    paused: number;
    stray: number;
  },
): void {
  const timeline = manifest.slides[id]?.timeline;
  if (!timeline) return;
  const { samples, sampleRateHz } = decoded;
  for (const part of timeline.parts) {
    for (const cue of part.cues) {
      const from = Math.round((cue.startMs / 1000) * sampleRateHz);
      const to = Math.min(samples.length, Math.round((cue.endMs / 1000) * sampleRateHz));
      const sound = samples.subarray(from, to);
      const shape = intonation(pitchTrack(sound, sampleRateHz));
      if (shape) {
        shape.voicedFrames * PITCH_HOP_MS > 500 && sums.ranges.push(shape.rangeSemitones);
        sums.jitters.push(shape.jitterSemitones);
        if (/\.["”’]?$/.test(cue.text)) {
          sums.statements++;
          if (shape.finalFallSemitones >= FALL_SEMITONES) sums.falls++;
        }
      }
      // Punctuation inside the cue (its own end is the renderer's pause, not the engine's).
      const marks = (cue.text.slice(0, -1).match(/[,;:—–…]/g) ?? []).length;
      const pauses = innerPauses(sound, sampleRateHz, MIN_PAUSE_MS).length;
      sums.punct += marks;
      sums.paused += Math.min(marks, pauses);
      sums.stray += Math.max(0, pauses - marks);
    }
  }
}

/** Renders the whole script with one voice and has the listener hear it in each of its formats. */
async function measureVoice(
  name: NarrationVoiceName,
  deck: Deck,
  references: Map<string, string[]>,
  workDir: string,
  jobs: number,
): Promise<VoiceResult[]> {
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  const voice = narrationVoice(deck.pronunciation, NARRATION_VOICES[name]);
  const started = performance.now();
  const rendered = await renderNarration(deck, dir, voice, { force: true });
  const renderSeconds = (performance.now() - started) / 1000;
  const seconds = narrationTotals(rendered.manifest).seconds;
  const formats = formatsFor(name);
  console.log(
    `${name}: rendered ${formatDuration(seconds)} of speech in ${renderSeconds.toFixed(1)} s; listening to its ${formats.map((format) => format.extension).join(' and ')}...`,
  );
  const results: VoiceResult[] = [];
  for (const format of formats) {
    results.push(await listen(name, deck, rendered.manifest, dir, format, references, jobs, renderSeconds));
  }
  return results;
}

/** What the listener makes of one voice's files of one format, slide by slide, and how they sound. */
async function listen(
  name: NarrationVoiceName,
  deck: Deck,
  manifest: NarrationManifest,
  dir: string,
  format: GeneratedFormat,
  references: Map<string, string[]>,
  jobs: number,
  renderSeconds: number,
): Promise<VoiceResult> {
  const totals = narrationTotals(manifest, format.type);
  const largestKbPerMinute = Math.max(
    ...GENERATED_AUDIO.map(({ type }) => narrationTotals(manifest, type).kbPerMinute),
  );
  const slides: SlideAudio[] = deck.slides.map((placed) => {
    const entry = manifest.slides[placed.slide.id];
    const file = entry?.files.find((candidate) => candidate.type === format.type)?.file;
    if (!file) throw new Error(`${name} rendered no ${format.extension} for slide "${placed.slide.id}".`);
    return {
      id: placed.slide.id,
      audio: readFileSync(join(dir, file)),
      reference: references.get(placed.slide.id) ?? [],
    };
  });
  const sums = {
    ranges: [] as number[],
    falls: 0,
    statements: 0,
    jitters: [] as number[],
    punct: 0,
    paused: 0,
    stray: 0,
  };
  let clippedSamples = 0;
  let allSamples = 0;
  const wavs: string[] = [];
  for (const slide of slides) {
    const decoded = await decodeAudio(slide.audio, format.type);
    measureSound(decoded, manifest, slide.id, sums);
    clippedSamples += clippedShare(decoded.samples) * decoded.samples.length;
    allSamples += decoded.samples.length;
    if (decoded.sampleRateHz !== 16_000)
      throw new Error(`${name}: pocketsphinx wants 16 kHz; the ${format.extension} is ${decoded.sampleRateHz} Hz.`);
    const wav = join(dir, `${slide.id}.${format.extension}.16k.wav`);
    writeFileSync(wav, wavBytes(toInt16(decoded.samples), decoded.sampleRateHz));
    wavs.push(wav);
  }
  const heard = await pool(
    wavs.map((wav) => () => transcribe(wav)),
    jobs,
  );
  const perSlide = slides.map((slide, index) => {
    const hypothesis = normalWords(heard[index] ?? '');
    writeFileSync(join(dir, `${slide.id}.${format.extension}.heard.txt`), `${hypothesis.join(' ')}\n`);
    return { id: slide.id, errors: wordErrors(slide.reference, hypothesis) };
  });
  const errors = sumErrors(perSlide.map((slide) => slide.errors));
  const writtenWords = deck.slides.reduce(
    (sum, placed) => sum + placed.script.reduce((n, part) => n + countWords(part), 0),
    0,
  );
  const worst = [...perSlide]
    .sort((a, b) => errorRate(b.errors) - errorRate(a.errors))
    .slice(0, 3)
    .map((slide) => `${slide.id} ${(100 * errorRate(slide.errors)).toFixed(0)}%`)
    .join(', ');
  return {
    name,
    format: format.extension,
    errors,
    wer: errorRate(errors),
    wordsPerMinute: writtenWords / (totals.seconds / 60),
    seconds: totals.seconds,
    kbPerMinute: totals.kbPerMinute,
    largestKbPerMinute,
    renderSeconds,
    pitchRange: median(sums.ranges),
    falling: sums.statements > 0 ? sums.falls / sums.statements : 0,
    jitter: median(sums.jitters),
    pausedPunctuation: sums.punct > 0 ? sums.paused / sums.punct : 1,
    strayPausesPerMinute: sums.stray / (totals.seconds / 60),
    clipped: allSamples > 0 ? clippedSamples / allSamples : 0,
    worstSlides: worst,
  };
}

function ratio(value: number, baseline: number): string {
  return baseline > 0 ? `${(value / baseline).toFixed(2)}x` : '-';
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function report(results: readonly VoiceResult[]): boolean {
  const base = results.find(
    (result) => result.name === BASELINE && result.format === PREFERRED.extension,
  ) as VoiceResult;
  const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
  console.log(
    `\nHow well a listener (pocketsphinx) follows each voice in the files a browser plays (${PREFERRED.extension} where it plays Opus, else mp3); ratios are to eSpeak NG's ${PREFERRED.extension} in this run:\n`,
  );
  console.log(
    table([
      [
        'voice',
        'format',
        'WER',
        'x eSpeak',
        'wpm',
        'x eSpeak',
        'length',
        'x eSpeak',
        'KB/min',
        'x eSpeak',
        'render',
        'x eSpeak',
      ],
      ...results.map((result) => [
        result.name === DEFAULT_VOICE_NAME ? `${result.name} (default)` : result.name,
        result.format,
        percent(result.wer),
        ratio(result.wer, base.wer),
        result.wordsPerMinute.toFixed(0),
        ratio(result.wordsPerMinute, base.wordsPerMinute),
        formatDuration(result.seconds),
        ratio(result.seconds, base.seconds),
        result.kbPerMinute.toFixed(1),
        ratio(result.kbPerMinute, base.kbPerMinute),
        `${result.renderSeconds.toFixed(1)} s`,
        ratio(result.renderSeconds, base.renderSeconds),
      ]),
    ]),
  );
  console.log('\nHow it sounds (median over sentences; pauses inside cues, where the engine itself pauses):\n');
  console.log(
    table([
      [
        'voice',
        'format',
        'pitch range',
        'statements falling',
        'pitch jitter',
        'commas paused',
        'stray pauses/min',
        'clipped',
        'hardest slides',
      ],
      ...results.map((result) => [
        result.name,
        result.format,
        `${result.pitchRange.toFixed(1)} st`,
        percent(result.falling),
        `${result.jitter.toFixed(2)} st`,
        percent(result.pausedPunctuation),
        result.strayPausesPerMinute.toFixed(1),
        `${(100 * result.clipped).toFixed(3)}%`,
        result.worstSlides,
      ]),
    ]),
  );
  console.log(
    `\nWER counts substitutions + deletions + insertions over the ${base.errors.words} words of the script as said ("Rocky IV" as "Rocky Four", years in words); wpm is the script's written words over the audio's length.`,
  );
  const chosen = results.find((result) => result.name === DEFAULT_VOICE_NAME && result.format === PREFERRED.extension);
  if (!chosen) return true;
  const checks: [string, boolean][] = [
    [`WER ${percent(chosen.wer)} <= ${percent(TARGET_WER)}`, chosen.wer <= TARGET_WER],
    [
      `WER ${ratio(chosen.wer, base.wer)} eSpeak NG's <= ${TARGET_WER_VS_ESPEAK}x`,
      chosen.wer <= TARGET_WER_VS_ESPEAK * base.wer,
    ],
    [
      `${chosen.largestKbPerMinute.toFixed(1)} KB per minute (the larger of the WebM and the MP3) <= ${TARGET_KB_PER_MINUTE}`,
      chosen.largestKbPerMinute <= TARGET_KB_PER_MINUTE,
    ],
    [
      `${chosen.wordsPerMinute.toFixed(0)} words a minute within ${TARGET_WPM[0]}-${TARGET_WPM[1]}`,
      chosen.wordsPerMinute >= TARGET_WPM[0] && chosen.wordsPerMinute <= TARGET_WPM[1],
    ],
  ];
  console.log(`\nDefault voice ${DEFAULT_VOICE_NAME}, in the ${PREFERRED.extension} a browser that plays Opus gets:`);
  for (const [what, met] of checks) console.log(`  ${what}: ${met ? 'met' : 'MISSED'}`);
  for (const fallback of results.filter(
    (result) => result.name === DEFAULT_VOICE_NAME && result.format !== PREFERRED.extension,
  )) {
    console.log(
      `  its ${fallback.format} fallback (a browser without Opus): WER ${percent(fallback.wer)}, ${ratio(fallback.wer, base.wer)} eSpeak NG's ${PREFERRED.extension}, ${fallback.kbPerMinute.toFixed(1)} KB per minute`,
    );
  }
  return checks.every(([, met]) => met);
}

async function main(): Promise<void> {
  const names = chosenVoices();
  const jobs = JOBS;
  ensureRecogniser();
  const deck = loadDeck();
  // The reference is what any voice should say: the deck's spoken forms without an engine's respellings.
  const said = (text: string) => spokenText(text, deck.pronunciation);
  const references = new Map(
    deck.slides.map((placed) => [placed.slide.id, normalWords(said(placed.script.join(' ')))] as const),
  );
  const dictionary = new Set(
    readFileSync(`${MODEL_DIR}/cmudict-en-us.dict`, 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[0] ?? ''),
  );
  const unknown = [...new Set([...references.values()].flat().filter((word) => !dictionary.has(word)))];
  const unknownCount = [...references.values()].flat().filter((word) => !dictionary.has(word)).length;
  console.log(
    `The listener's dictionary lacks ${unknownCount} of the script's words (${unknown.join(', ')}): no voice can score them.`,
  );
  const workDir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'voice-bench-'));
  if (!values.keep) onStop(() => rmSync(workDir, { recursive: true, force: true }));
  try {
    const results: VoiceResult[] = [];
    for (const name of names) results.push(...(await measureVoice(name, deck, references, workDir, jobs)));
    const met = report(results);
    if (values.keep) console.log(`\nAudio, 16 kHz WAVs and transcripts kept in ${workDir}/<voice>/.`);
    process.exitCode = met ? 0 : 1;
  } finally {
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

// A failure is reported as every command reports one (commandLine above): one line, or a bug's trace.
await main();

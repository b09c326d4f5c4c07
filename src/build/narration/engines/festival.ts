/**
 * Festival 2.5 with an HTS voice (Debian `festival`, `festvox-us-slt-hts`), run once per call as
 * `festival -b` on a script that says every text and saves each one's WAV and phone timings.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FestivalVoiceSettings } from '../../../narration/index.ts';
import {
  EngineFailedError,
  EngineUnavailableError,
  plainSpeech,
  type SpeechEngine,
  type TimedSegment,
} from '../engine.ts';
import { inScratchDir, readUtterance } from './scratch.ts';

const run = promisify(execFile);

/** What to install for Festival and the slt HTS voice, on Debian and its kin. */
export const FESTIVAL_INSTALL = 'sudo apt-get install -y festival festvox-us-slt-hts';
/** Festival's HTS voices leave a voiced/unvoiced threshold of 0.5 and no GV weight; kept as they are. */
const HTS_FIXED = '(list "-g" 0.0) (list "-u" 0.5)';

export function festivalEngine(voice: FestivalVoiceSettings): SpeechEngine {
  return {
    name: 'festival',
    speak(texts) {
      return inScratchDir('festival', async (dir) => {
        const script = join(dir, 'say.scm');
        writeFileSync(script, festivalScript(voice, texts, dir));
        await runFestival(script, voice);
        return texts.map((text, index) =>
          readUtterance(dir, index, 'segs', segsSegments, `Festival's output for "${plainSpeech(text)}"`),
        );
      });
    },
  };
}

/** The Scheme that selects the voice, sets its HTS parameters and says each text into dir/u<N>.wav. */
export function festivalScript(voice: FestivalVoiceSettings, texts: readonly string[], dir: string): string {
  const lines = [
    `(voice_${voice.voice})`,
    `(set! hts_engine_params (list (assoc_string "-m" hts_engine_params) ${HTS_FIXED} (list "-b" ${voice.postfilter}) (list "-r" ${voice.speed})))`,
    '(define (deck_say text wav segs) (let ((u (SynthText text))) (utt.save.wave u wav (quote riff)) (utt.save.segs u segs)))',
    ...texts.map(
      (text, index) =>
        `(deck_say ${schemeString(plainSpeech(text))} ${schemeString(join(dir, `u${index}.wav`))} ${schemeString(join(dir, `u${index}.segs`))})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function schemeString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

async function runFestival(script: string, voice: FestivalVoiceSettings): Promise<void> {
  let output: { stdout: string; stderr: string };
  try {
    output = await run('festival', ['-b', script], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new EngineUnavailableError(
        `The narration voice uses Festival (${voice.voice}), which is not installed. Fix: ${FESTIVAL_INSTALL}`,
      );
    }
    throw new EngineFailedError(
      `Festival failed: ${(failure.stderr ?? failure.message).trim().split('\n').at(-1)}. Fix: check \`festival -b\` runs, or pick another voice in src/build/narration/voice-settings.ts.`,
    );
  }
  // Festival reports a missing voice on stderr and goes on saying nothing.
  if (/unbound variable|SIOD ERROR/i.test(output.stderr)) {
    throw new EngineUnavailableError(
      `Festival cannot find the voice ${voice.voice} (it said: ${output.stderr.trim().split('\n')[0]}). Fix: ${FESTIVAL_INSTALL}`,
    );
  }
}

/** Festival's `utt.save.segs` file: after a `#` line, `<end seconds> <colour> <phone>` per line. */
export function segsSegments(saved: string): TimedSegment[] {
  const body = saved.slice(saved.indexOf('#') + 1);
  const segments: TimedSegment[] = [];
  let startMs = 0;
  for (const line of body.split('\n')) {
    const [end, , label] = line.trim().split(/\s+/);
    if (end === undefined || label === undefined) continue;
    const endMs = Number(end) * 1000;
    segments.push({ label, startMs, endMs, pause: label === 'pau' });
    startMs = endMs;
  }
  return segments;
}

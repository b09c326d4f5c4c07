/** What the file-writing engines share: a scratch folder per call, and reading back each utterance. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimedSegment, Utterance } from '../engine.ts';
import { readWav } from '../pcm.ts';

/** Runs `use` with a fresh folder, removed afterwards whatever happens. */
export async function inScratchDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Utterance N as the engine left it: `u<N>.wav`, and its timings in `u<N>.<timingsExtension>`. */
export function readUtterance(
  dir: string,
  index: number,
  timingsExtension: string,
  parse: (printed: string) => TimedSegment[],
  where: string,
): Utterance {
  const { samples, sampleRateHz } = readWav(readFileSync(join(dir, `u${index}.wav`)), where);
  return { samples, sampleRateHz, segments: parse(readFileSync(join(dir, `u${index}.${timingsExtension}`), 'utf8')) };
}

/**
 * What the studio shows of each slide: its place, script and caption cues (from the page
 * contract's deck data, never from slide markup), and whether it is recorded (and how long the
 * take is), stale (its script changed after the take), synthetic (the generated voice) or unvoiced.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { deckData } from '../contract/deck-data.ts';
import type { Deck } from '../model/index.ts';
import { marksFile, type StudioSlide, type StudioSlideState, type TakeMarks } from '../narration/take.ts';
import { resolveFfmpeg } from '../video/ffmpeg.ts';
import { PROJECT_ROOT } from './deck-path.ts';
import { readManifest, recordingFiles, scriptHash } from './narration/cache.ts';

export function studioSlides(deck: Deck, narrationDir: string): StudioSlide[] {
  const data = deckData(deck, '');
  const manifest = readManifest(narrationDir);
  const recordings = recordingFiles(narrationDir);
  return data.slides.map((slide, index) => {
    const placed = deck.slides[index];
    const file = recordings.get(slide.id);
    let state: StudioSlideState;
    if (file && placed) {
      const marks = readTakeMarks(narrationDir, slide.id);
      const fromMarks = marks && marks.audio === file ? marks : null;
      const made = fromMarks?.scriptHash ?? manifest?.recordings[slide.id]?.scriptHash;
      const path = resolve(narrationDir, file);
      const measured = measure(path);
      const kind = made === undefined || made === scriptHash(placed.script) ? 'recorded' : 'stale';
      state = {
        kind,
        file,
        url: `/${relative(PROJECT_ROOT, path).split(sep).join('/')}?v=${statSync(path).mtimeMs}`,
        ...measured,
        marks: fromMarks?.parts ?? [0],
      };
    } else {
      state = manifest?.slides[slide.id] ? { kind: 'synthetic' } : { kind: 'unvoiced' };
    }
    return {
      id: slide.id,
      number: slide.number,
      title: slide.title,
      section: slide.section.heading,
      steps: slide.steps,
      parts: slide.parts,
      cues: slide.cues,
      state,
    };
  });
}

/** A take's marks file, or null when there is none or it cannot be read as marks. */
export function readTakeMarks(narrationDir: string, slideId: string): TakeMarks | null {
  const path = resolve(narrationDir, marksFile(slideId));
  if (!existsSync(path)) return null;
  try {
    const marks = JSON.parse(readFileSync(path, 'utf8')) as TakeMarks;
    return Array.isArray(marks.parts) && typeof marks.scriptHash === 'string' ? marks : null;
  } catch {
    return null;
  }
}

interface Measured {
  readonly durationMs: number | null;
  readonly meanDb: number | null;
}
const measured = new Map<string, Measured>();

/** A take's length (ffprobe) and mean level (ffmpeg), remembered while the file is unchanged; null where unreadable. */
function measure(path: string): Measured {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}:${mtimeMs}:${size}`;
  let found = measured.get(key);
  if (!found) {
    found = {
      durationMs: attempt(() => probeSeconds(path) ?? lastPacketSeconds(path)),
      meanDb: attempt(() => meanVolumeDb(path)),
    };
    measured.set(key, found);
  }
  return found;
}

function attempt(read: () => number | null): number | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function meanVolumeDb(path: string): number | null {
  const result = spawnSync(
    resolveFfmpeg().ffmpeg,
    ['-hide_banner', '-nostats', '-i', path, '-af', 'volumedetect', '-f', 'null', '-'],
    {
      encoding: 'utf8',
    },
  );
  const match = /mean_volume: (-?[\d.]+) dB/.exec(result.stderr ?? '');
  return match ? Number.parseFloat(match[1] ?? '') : null;
}

function ffprobe(args: readonly string[], path: string): string {
  return execFileSync(resolveFfmpeg().ffprobe, ['-v', 'error', ...args, path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

function probeSeconds(path: string): number | null {
  const seconds = Number.parseFloat(ffprobe(['-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1'], path));
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) : null;
}

/** MediaRecorder's WebM says no duration in its header: the last packet's end is the length. */
function lastPacketSeconds(path: string): number | null {
  const rows = ffprobe(
    ['-select_streams', 'a:0', '-show_entries', 'packet=pts_time,duration_time', '-of', 'csv=p=0'],
    path,
  )
    .trim()
    .split('\n');
  const [pts, duration] = (rows.at(-1) ?? '').split(',').map(Number.parseFloat);
  return pts !== undefined && Number.isFinite(pts)
    ? Math.round((pts + (duration && Number.isFinite(duration) ? duration : 0)) * 1000)
    : null;
}

/**
 * `npm run narration`: renders the narration of every slide whose script changed, keeps the rest,
 * registers recordings, removes files no slide uses and writes the manifest.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFilesAtomic } from '../../export/atomic-write.ts';
import type { Deck } from '../../model/index.ts';
import {
  GENERATED_AUDIO,
  GENERATED_DIR,
  type GeneratedAudioType,
  type GeneratedNarration,
  generatedFile,
  NARRATION_FORMAT,
  NARRATION_MANIFEST_FILE,
  type NarrationManifest,
} from '../../narration/index.ts';
import { type NarrationVoice, planNarration, readManifest, renderHash, stampRecordings } from './cache.ts';
import { createEngine } from './create-engine.ts';
import { renderSlide } from './render-slide.ts';

export interface NarrationRun {
  readonly manifest: NarrationManifest;
  readonly rendered: readonly string[];
  readonly cached: readonly string[];
  readonly removed: readonly string[];
  readonly elapsedMs: number;
}

export interface RenderOptions {
  /** Render every slide, cached or not. */
  readonly force?: boolean;
  readonly log?: (line: string) => void;
}

export async function renderNarration(
  deck: Deck,
  narrationDir: string,
  voice: NarrationVoice,
  options: RenderOptions = {},
): Promise<NarrationRun> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const previous = readManifest(narrationDir);
  const plan = planNarration(deck, options.force ? null : previous, narrationDir, voice);
  mkdirSync(resolve(narrationDir, GENERATED_DIR), { recursive: true });

  const toRender = new Set(plan.render.map((placed) => placed.slide.id));
  const engine = createEngine(voice.settings);
  const slides: Record<string, GeneratedNarration> = {};
  // Everything is written together at the end, so a run that fails half-way changes no file.
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const placed of deck.slides) {
    const id = placed.slide.id;
    const kept = previous?.slides[id];
    if (!toRender.has(id) && kept) {
      slides[id] = kept;
      continue;
    }
    const { audio, timeline } = await renderSlide(placed.script, engine, voice);
    const written = GENERATED_AUDIO.map(({ type }) => ({ type, file: generatedFile(id, type), bytes: audio[type] }));
    for (const { file, bytes } of written) files.push({ path: resolve(narrationDir, file), bytes });
    const entries = written.map(({ type, file, bytes }) => ({ type, file, bytes: bytes.length }));
    slides[id] = { hash: renderHash(placed.script, voice), files: entries, timeline };
    const sizes = entries.map((entry) => `${(entry.bytes / 1000).toFixed(1)} KB ${entry.file.split('.').pop()}`);
    log(`  rendered ${id}: ${(timeline.durationMs / 1000).toFixed(1)} s, ${sizes.join(', ')}`);
  }
  const manifest: NarrationManifest = {
    format: NARRATION_FORMAT,
    voice: voice.settings,
    slides,
    recordings: stampRecordings(deck, previous, narrationDir),
  };
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  files.push({ path: resolve(narrationDir, NARRATION_MANIFEST_FILE), bytes: new TextEncoder().encode(json) });
  await writeFilesAtomic(files);
  for (const file of plan.orphans) {
    rmSync(resolve(narrationDir, file));
    log(`  removed ${file} (no slide uses it)`);
  }
  return {
    manifest,
    rendered: [...toRender],
    cached: plan.cached.map((placed) => placed.slide.id),
    removed: plan.orphans,
    elapsedMs: performance.now() - started,
  };
}

/** Length and size of one format of the generated narration. */
export interface NarrationTotals {
  readonly seconds: number;
  readonly bytes: number;
  readonly kbPerMinute: number;
}

/** Total length and size of the generated narration in one format (the first, Opus, unless named). */
export function narrationTotals(
  manifest: NarrationManifest,
  type: GeneratedAudioType = GENERATED_AUDIO[0].type,
): NarrationTotals {
  const entries = Object.values(manifest.slides);
  const seconds = entries.reduce((sum, entry) => sum + entry.timeline.durationMs, 0) / 1000;
  const bytes = entries.reduce((sum, entry) => sum + (entry.files.find((file) => file.type === type)?.bytes ?? 0), 0);
  return { seconds, bytes, kbPerMinute: seconds > 0 ? bytes / 1000 / (seconds / 60) : 0 };
}

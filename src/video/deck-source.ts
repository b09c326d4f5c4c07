/**
 * The one place the video reads the deck's data: the slides from the deck model (loadDeck) and
 * their narration from the narration manifest (assets/narration/narration.json) and the
 * recordings beside it. Never from the built page's HTML. When the build emits the deck's data
 * as a contract of its own, this module is what reads it instead.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ASSETS_DIR, fileAssetResolver, loadDeck } from '../build/load-deck.ts';
import { narrationProblems, readManifest, recordingFiles } from '../build/narration/cache.ts';
import { NARRATION_VOICE } from '../build/narration/voice-settings.ts';
import type { DeckMeta, Layout, SectionInfo } from '../model/index.ts';
import { type SlideTimeline, splitCues } from '../narration/index.ts';
import { renderSlide } from '../render/index.ts';
import { NarrationProblemsError } from './errors.ts';

export const NARRATION_DIR = resolve(ASSETS_DIR, 'narration');

/** What a slide is said with. */
export interface SlideAudio {
  readonly kind: 'generated' | 'recording';
  /** The audio file, absolute. */
  readonly path: string;
  /** When each cue is said (the generated voice's word timings); null for a recording, timed by its length. */
  readonly timeline: SlideTimeline | null;
}

export interface VideoSlide {
  readonly id: string;
  /** 1-based, as the deck numbers it. */
  readonly number: number;
  /** The slide's name as the renderer gives it (its `aria-label`, the PDF bookmark's title). */
  readonly heading: string;
  readonly layout: Layout;
  readonly section: SectionInfo;
  /** Fragment steps after the slide arrives: the slide is seen in steps + 1 states. */
  readonly steps: number;
  /** Caption cues by script part (part 0 on arrival, part N with step N), as the deck captions them. */
  readonly cues: readonly (readonly string[])[];
  readonly audio: SlideAudio;
}

export interface VideoDeck {
  readonly meta: DeckMeta;
  /** The slide's own size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly slides: readonly VideoSlide[];
}

/** The deck and its narration; refuses (NarrationProblemsError) when any slide's narration is missing or stale. */
export function loadVideoDeck(): VideoDeck {
  const deck = loadDeck();
  const problems = narrationProblems(deck, NARRATION_DIR, NARRATION_VOICE);
  if (problems.length > 0) throw new NarrationProblemsError(problems);
  const manifest = readManifest(NARRATION_DIR);
  const recordings = recordingFiles(NARRATION_DIR);
  const assets = fileAssetResolver();
  const slides = deck.slides.map((placed): VideoSlide => {
    const id = placed.slide.id;
    const generated = manifest?.slides[id];
    const recording = recordings.get(id);
    // A recording takes the generated voice's place, as it does in the deck.
    const audio: SlideAudio | null = recording
      ? { kind: 'recording', path: resolve(NARRATION_DIR, recording), timeline: null }
      : generated && existsSync(resolve(NARRATION_DIR, generated.file))
        ? { kind: 'generated', path: resolve(NARRATION_DIR, generated.file), timeline: generated.timeline }
        : null;
    if (!audio) throw new NarrationProblemsError([`Slide "${id}" (slide ${placed.number}) has no narration audio.`]);
    return {
      id,
      number: placed.number,
      heading: String(renderSlide(placed, assets).attrs['aria-label'] ?? id),
      layout: placed.slide.layout,
      section: placed.section,
      steps: placed.fragmentSteps,
      cues: audio.timeline
        ? audio.timeline.parts.map((part) => part.cues.map((cue) => cue.text))
        : placed.script.map((part) => splitCues(part)),
      audio,
    };
  });
  return { meta: deck.meta, width: deck.config.width, height: deck.config.height, slides };
}

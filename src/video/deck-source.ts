/**
 * The one place the video reads its deck: the deck module DECK or --deck names, as the page
 * contract describes it (deckData: numbers, titles, sections, steps, parts, cues, timing), and its
 * narration from the deck's own narration folder (the manifest and the recordings beside it). Never
 * from the built page's HTML.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DeckPath } from '../build/deck-path.ts';
import { loadProjectDeck } from '../build/load-deck.ts';
import { narrationProblems, readManifest, recordingFiles } from '../build/narration/cache.ts';
import { narrationVoice } from '../build/narration/voice-settings.ts';
import { type DeckData, deckData, type SlideData } from '../contract/deck-data.ts';
import { type GeneratedNarration, type SlideTimeline, timedSlideMs } from '../narration/index.ts';
import { NarrationProblemsError } from './errors.ts';

/** A deck's narration lives in this folder of its assets. */
const NARRATION_FOLDER = 'narration';

/** What a slide is said with. */
export interface SlideAudio {
  readonly kind: 'generated' | 'recording';
  /** The audio file, absolute. */
  readonly path: string;
  /** When each cue is said (the generated voice's word timings, or a recording's pauses); null if unknown. */
  readonly timeline: SlideTimeline | null;
}

export interface VideoSlide {
  readonly id: string;
  /** 1-based, as the deck numbers it. */
  readonly number: number;
  /** The slide's name (its accessible name, the PDF bookmark's title). */
  readonly title: string;
  readonly layout: string;
  readonly section: SlideData['section'];
  /** Fragment steps after the slide arrives: the slide is seen in steps + 1 states. */
  readonly steps: number;
  /** Caption cues by script part (part 0 on arrival, part N with step N), as the deck captions them. */
  readonly cues: readonly (readonly string[])[];
  /** Its narration; null in a silent video, where the slide lasts as long as its timed captions. */
  readonly audio: SlideAudio | null;
  /** How long the deck's timed captions take over it (its words at the deck's pace). */
  readonly timedMs: number;
}

export interface VideoDeck {
  /** The deck module, from the project root (`slides/index.ts`): what the built page must hold. */
  readonly file: string;
  readonly meta: DeckData['meta'];
  /** The slide's own size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly slides: readonly VideoSlide[];
  /** The deck's narration folder, absolute. */
  readonly narrationDir: string;
  /**
   * The deck has no narration audio at all (no manifest, no recording): the video is silent and
   * each slide is held as long as the deck's timed captions show it, as the deck narrates without a voice.
   */
  readonly silent: boolean;
}

/**
 * The generated file the video is made from, inside the narration folder: the format a browser
 * prefers (Opus), the clearest source for the video's AAC; every format says each word at the same
 * moment. Null for a manifest entry of an older format, which names no files.
 */
export function generatedSource(entry: GeneratedNarration): string | null {
  return Array.isArray(entry.files) ? (entry.files[0]?.file ?? null) : null;
}

/**
 * The deck `path` names and its narration. A deck with narration must have all of it current
 * (NarrationProblemsError otherwise, naming each slide); a deck with none makes a silent video.
 */
export function loadVideoDeck(path: DeckPath): VideoDeck {
  const { deck, assetsDir } = loadProjectDeck(path);
  const data = deckData(deck, path.file);
  const narrationDir = resolve(assetsDir, NARRATION_FOLDER);
  const manifest = readManifest(narrationDir);
  const recordings = recordingFiles(narrationDir);
  const silent = manifest === null && recordings.size === 0;
  if (!silent) {
    const problems = narrationProblems(deck, narrationDir, narrationVoice(deck.pronunciation));
    if (problems.length > 0) throw new NarrationProblemsError(problems);
  }
  const slides = data.slides.map((slide): VideoSlide => {
    const generated = manifest?.slides[slide.id];
    const source = generated ? generatedSource(generated) : null;
    const generatedPath = source ? resolve(narrationDir, source) : null;
    // A recording reaches the video as the deck plays it: processed, with its captions' timings.
    const audio: SlideAudio | null =
      generated && generatedPath && existsSync(generatedPath)
        ? { kind: generated.recording ? 'recording' : 'generated', path: generatedPath, timeline: generated.timeline }
        : null;
    if (!silent && !audio) {
      throw new NarrationProblemsError([`Slide "${slide.id}" (slide ${slide.number}) has no narration audio.`]);
    }
    return {
      id: slide.id,
      number: slide.number,
      title: slide.title,
      layout: slide.layout,
      section: slide.section,
      steps: slide.steps,
      cues: slide.cues,
      audio,
      timedMs: timedSlideMs(slide.timingSeconds),
    };
  });
  return {
    file: data.deck,
    meta: data.meta,
    width: data.width,
    height: data.height,
    slides,
    narrationDir,
    silent,
  };
}

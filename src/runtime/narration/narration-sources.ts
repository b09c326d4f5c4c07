/**
 * Where a slide's narration audio is: the files `npm run narration` made for it, from a person's
 * recording (processed, captions timed to its speech) or by the generated voice; the manifest says
 * which. URLs are known at build time; the audio itself is fetched only when a slide is narrated.
 */

import { AUDIO_URLS, loadNarrationManifest } from 'virtual:deck-narration';
import {
  GENERATED_AUDIO,
  type GeneratedNarration,
  generatedFile,
  type NarrationManifest,
  playableFile,
  type SlideTimeline,
  timelineMatches,
} from '../../narration/index.ts';
import type { SlideScript } from './slide-script.ts';

/** AUDIO_URLS are keyed by their path inside the deck's narration folder. */
const NARRATION_FOLDER = '';

/** One file of a slide's audio. */
export interface AudioFile {
  readonly url: string;
  /** Its MIME type with codecs, as the manifest gives it. */
  readonly type: string;
}

/** Audio to play for a slide (generated, or a recording processed by `npm run narration`), with its cues' timings. */
export interface AudioSource extends AudioFile {
  readonly timeline: SlideTimeline;
  /** The same words in other formats this browser says it plays, to try if this file will not. */
  readonly fallbacks: readonly AudioFile[];
}

/** Why a slide has no audio to play, as a person should read it. */
export type MissingAudio = 'missing' | 'stale';

/** The manifest is loaded on first use: its cue timings are not needed until narration starts. */
export async function loadManifest(): Promise<NarrationManifest | null> {
  try {
    return (await loadNarrationManifest()) as NarrationManifest | null;
  } catch (error) {
    console.warn('The narration manifest could not be loaded:', error);
    return null;
  }
}

let probe: HTMLAudioElement | null = null;

/** What this browser says it can play of a type: "probably", "maybe" or "". */
function canPlayType(type: string): string {
  probe ??= document.createElement('audio');
  return probe.canPlayType(type);
}

/**
 * The audio a slide will most likely play, known without the manifest: its file in the first
 * format this browser plays. Lets the first press start the audio element at once, inside the press.
 */
export function likelyAudioUrl(slideId: string): string | undefined {
  const files = GENERATED_AUDIO.map(({ type }) => ({ type, file: generatedFile(slideId, type) })).filter(
    ({ file }) => AUDIO_URLS[`${NARRATION_FOLDER}${file}`],
  );
  const chosen = playableFile(files, canPlayType);
  return chosen ? AUDIO_URLS[`${NARRATION_FOLDER}${chosen.file}`] : undefined;
}

export function audioSourceFor(script: SlideScript, manifest: NarrationManifest | null): AudioSource | MissingAudio {
  const entry: GeneratedNarration | undefined = manifest?.slides[script.id];
  const playable = (entry?.files ?? []).flatMap((audio) => {
    const url = AUDIO_URLS[`${NARRATION_FOLDER}${audio.file}`];
    return url && playableFile([audio], canPlayType) ? [{ url, type: audio.type }] : [];
  });
  const [chosen, ...fallbacks] = playable;
  if (!entry || !chosen) return 'missing';
  // Audio made for an older script would say other words than the captions show.
  if (!timelineMatches(entry.timeline, script.cues)) return 'stale';
  return { ...chosen, timeline: entry.timeline, fallbacks };
}

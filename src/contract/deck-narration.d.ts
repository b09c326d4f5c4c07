/**
 * The deck's narration, as the build hands it to the page (src/build/deck-plugin.ts): the audio
 * files in the deck's narration folder and its manifest of cue timings. A deck without narration
 * has no files and no manifest, and is narrated by the fallbacks.
 */
declare module 'virtual:deck-narration' {
  /** The URL of each audio file in the deck's narration folder, by its path there (`intercut.m4a`, `generated/intercut.mp3`). */
  export const AUDIO_URLS: Readonly<Record<string, string>>;
  /** The deck's narration manifest (narration.json), fetched on first use; null when the deck has none. */
  export function loadNarrationManifest(): Promise<unknown>;
}

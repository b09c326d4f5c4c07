/**
 * The captions as files: WebVTT (players, the web) and SubRip (video sites, editors), from the
 * same timed cues as the video's caption track. Pure.
 */
import type { TimedCue } from '../narration/index.ts';

/** WebVTT: cue text is text, so `&`, `<` and `>` are escaped (an arrow in the text cannot end the timing line). */
export function toWebVtt(cues: readonly TimedCue[]): string {
  const blocks = cues.map(
    (cue, index) =>
      `${index + 1}\n${timestamp(cue.startMs, '.')} --> ${timestamp(cue.endMs, '.')}\n${escapeVttText(cue.text)}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** SubRip: numbered cues, comma before the milliseconds. */
export function toSubRip(cues: readonly TimedCue[]): string {
  const blocks = cues.map(
    (cue, index) =>
      `${index + 1}\n${timestamp(cue.startMs, ',')} --> ${timestamp(cue.endMs, ',')}\n${oneLine(cue.text)}`,
  );
  return `${blocks.join('\n\n')}\n`;
}

/** hh:mm:ss.mmm (or ,mmm), rounded to the millisecond. */
export function timestamp(ms: number, separator: '.' | ','): string {
  const whole = Math.max(0, Math.round(ms));
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor(whole / 60_000) % 60;
  const seconds = Math.floor(whole / 1000) % 60;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${separator}${pad(whole % 1000, 3)}`;
}

function escapeVttText(text: string): string {
  return oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text on one line: a blank line would end a caption early, and a chapter list is a line a
 * chapter. Runs of spaces and breaks become one space; a no-break space ("Rocky IV") stays.
 */
export function oneLine(text: string): string {
  return text.replace(/[^\S\u00a0]+/g, ' ').trim();
}

/**
 * The MP4's metadata as ffmpeg reads it (an FFMETADATA file: the deck's title, author, description
 * and date, then a chapter per slide), and the deck's language as MP4 tracks name it. Pure.
 */
import { iso6392 } from 'iso-639-2';
import type { DeckData } from '../contract/deck-data.ts';
import type { Chapter } from './chapters.ts';

/**
 * MP4 names a track's language by ISO 639-2 (three letters, "eng"), not BCP 47 ("en-US"): the
 * primary subtag, mapped through ISO 639-1 where it has two letters; "und" when it is unknown.
 */
export function mp4Language(bcp47: string): string {
  const primary = bcp47.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{3}$/.test(primary)) return primary;
  const language = iso6392.find((entry) => entry.iso6391 === primary);
  return language ? (language.iso6392T ?? language.iso6392B) : 'und';
}

export interface VideoMetadata {
  /** The deck's title, subject, author and language, as the page contract gives them. */
  readonly meta: DeckData['meta'];
  /** The day the video was made, YYYY-MM-DD. */
  readonly date: string;
  readonly chapters: readonly Chapter[];
}

/** An FFMETADATA1 file: global tags, then [CHAPTER] blocks in milliseconds. */
export function ffmetadata({ meta, date, chapters }: VideoMetadata): string {
  const tags: [string, string][] = [
    ['title', meta.title],
    ['artist', meta.author],
    ['description', meta.subject],
    ['date', date],
  ];
  const lines = [';FFMETADATA1', ...tags.map(([key, value]) => `${key}=${escapeValue(value)}`)];
  for (const chapter of chapters) {
    lines.push(
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${Math.round(chapter.startMs)}`,
      `END=${Math.round(chapter.endMs)}`,
      `title=${escapeValue(chapter.title)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** FFMETADATA escapes `=`, `;`, `#`, `\` and line breaks with a backslash. */
function escapeValue(value: string): string {
  return value.replace(/[\\=;#\n]/g, (character) => `\\${character}`);
}

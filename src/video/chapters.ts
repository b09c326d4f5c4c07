/**
 * The video's chapters: one per slide inside the MP4 (titled by the slide's title), and the list
 * a video site reads from a description, where every chapter must last at least 10 s. Pure.
 */
import { oneLine } from './captions.ts';
import type { VideoSlide } from './deck-source.ts';
import type { VideoPlan } from './plan.ts';

/** Video sites ignore a chapter list with a chapter shorter than this. */
export const MIN_SITE_CHAPTER_MS = 10_000;
/** ... or with fewer chapters than this. */
export const MIN_SITE_CHAPTERS = 3;

/**
 * A slide's chapter title: its title, after its section's heading where the deck opens that section
 * with a section slide ("Two montages in one — A week after Geneva"), since a player shows the
 * current chapter alone and that heading is one the viewer has seen. Title and section slides are
 * their title alone (a section slide's is its section's heading), and so are the slides of a
 * section no section slide opens (the essay deck's opening, every slide of the engine tour).
 */
export function chapterTitle(slide: VideoSlide, openedSections: ReadonlySet<string>): string {
  const opener = slide.layout === 'title' || slide.layout === 'section';
  return openedSections.has(slide.section.id) && !opener ? `${slide.section.heading} — ${slide.title}` : slide.title;
}

/** The sections a section slide opens. */
export function sectionsWithOpeners(slides: readonly VideoSlide[]): Set<string> {
  return new Set(slides.filter((slide) => slide.layout === 'section').map((slide) => slide.section.id));
}

export interface Chapter {
  readonly title: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** One chapter per slide, end to end. */
export function slideChapters(plan: VideoPlan): Chapter[] {
  const opened = sectionsWithOpeners(plan.slides.map((planned) => planned.slide));
  return plan.slides.map((planned) => ({
    title: chapterTitle(planned.slide, opened),
    startMs: planned.startMs,
    endMs: planned.startMs + planned.durationMs,
  }));
}

export interface SiteChapterList {
  /** `0:00 Title` lines, one per chapter. */
  readonly text: string;
  readonly chapters: readonly Chapter[];
  /** What was merged, and whether the list meets the sites' rules, in words for the progress output. */
  readonly notes: readonly string[];
}

/**
 * The chapter list for a video site: a chapter shorter than 10 s joins the chapter before it (the
 * first joins the one after), so every chapter lasts at least 10 s and the first starts at 0:00.
 */
export function siteChapterList(chapters: readonly Chapter[], durationMs: number): SiteChapterList {
  const merged: { title: string; startMs: number; endMs: number }[] = [];
  const notes: string[] = [];
  for (const chapter of chapters) {
    const last = merged.at(-1);
    const short = chapter.endMs - chapter.startMs < MIN_SITE_CHAPTER_MS;
    if (last && short) {
      notes.push(
        `"${chapter.title}" lasts ${formatSeconds(chapter.endMs - chapter.startMs)}, under ${MIN_SITE_CHAPTER_MS / 1000} s, so it joins the chapter before it, "${last.title}"`,
      );
      last.endMs = chapter.endMs;
    } else if (last && last.endMs - last.startMs < MIN_SITE_CHAPTER_MS) {
      // Only the first chapter can be short here: it has no chapter before it to join.
      notes.push(
        `"${last.title}" lasts ${formatSeconds(last.endMs - last.startMs)}, under ${MIN_SITE_CHAPTER_MS / 1000} s, and opens the video, so "${chapter.title}" joins it`,
      );
      last.endMs = chapter.endMs;
    } else merged.push({ ...chapter });
  }
  const tail = merged.at(-1);
  if (tail) tail.endMs = durationMs;
  if (merged.length < MIN_SITE_CHAPTERS) {
    notes.push(
      `only ${merged.length} chapter${merged.length === 1 ? '' : 's'} of ${MIN_SITE_CHAPTER_MS / 1000} s or more: video sites want at least ${MIN_SITE_CHAPTERS}, so they will not show these`,
    );
  }
  const text = merged.map((chapter) => `${clock(chapter.startMs)} ${oneLine(chapter.title)}`).join('\n');
  return { text: `${text}\n`, chapters: merged, notes };
}

/** m:ss, or h:mm:ss from an hour: how video sites write a chapter's start (whole seconds, rounded down). */
export function clock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor(seconds / 60) % 60;
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Rounded down, so a chapter just short of 10 s never reads "10.0 s". */
function formatSeconds(ms: number): string {
  return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
}

/**
 * When everything happens in the video, from the deck's own timings: each slide is on screen for
 * its narration (or, in a silent video, its timed captions) and then the deck's pause before the
 * next slide, SLIDE_GAP_MS, the one the narration runtime waits (the last slide is held as long
 * again before the video ends); each fragment step appears as its part of the script begins (the
 * narration manifest's part timings, or the length shared out by words, as the deck does for a
 * recording and for timed captions); each caption shows from its cue until the next one.
 * Pure: no files, no ffmpeg.
 */
import { proportionalTimeline, SLIDE_GAP_MS, type SlideTimeline, type TimedCue } from '../narration/index.ts';
import type { VideoSlide } from './deck-source.ts';

/** Frames a second where anything moves (fades); a still picture is held with few frames (segment.ts). */
export const FRAME_RATE_FPS = 30;
/** reveal.js's fade between slides at the deck's transitionSpeed 'fast' (reveal.css: 0.4s). */
export const SLIDE_FADE_MS = 400;
/** reveal.js's fragment fade-in (reveal.css: `.fragment { transition: all .2s }`). */
export const FRAGMENT_FADE_MS = 200;

/** One state of a slide as the audience sees it: arrival (step 0), then each fragment step. */
export interface PlannedStep {
  /** When the step's part of the script begins, from the slide's start. */
  readonly startMs: number;
  /** The frame of the slide's segment it appears on. */
  readonly startFrame: number;
}

export interface PlannedSlide {
  readonly slide: VideoSlide;
  /** When the slide arrives in the video. */
  readonly startMs: number;
  /** How long it stays: its narration and the pause after it. */
  readonly durationMs: number;
  /** Length of its narration audio. */
  readonly audioMs: number;
  /** Frames its segment is encoded with; the frame after the last would be at or past durationMs. */
  readonly frames: number;
  readonly steps: readonly PlannedStep[];
  /** Its captions, timed in the video. */
  readonly cues: readonly TimedCue[];
}

export interface VideoPlan {
  readonly slides: readonly PlannedSlide[];
  readonly durationMs: number;
  readonly fps: number;
}

/**
 * Plans the video; `audioMs` is each slide's narration length, measured from its audio file (in a
 * silent video, its timed captions' length).
 */
export function planVideo(
  slides: readonly VideoSlide[],
  audioMs: (slide: VideoSlide) => number,
  fps: number = FRAME_RATE_FPS,
): VideoPlan {
  const planned: PlannedSlide[] = [];
  let at = 0;
  slides.forEach((slide, index) => {
    const spoken = audioMs(slide);
    const timeline = timelineOf(slide, spoken);
    const last = index === slides.length - 1;
    const wanted = spoken + SLIDE_GAP_MS;
    // The next segment is placed at exactly startMs + durationMs; the last one ends on a whole frame.
    const frames = Math.max(slide.steps + 1, Math.ceil((wanted * fps) / 1000 - 1e-9));
    const durationMs = last ? (frames * 1000) / fps : wanted;
    const steps: PlannedStep[] = [];
    for (let step = 0; step <= slide.steps; step++) {
      const startMs = step === 0 ? 0 : (timeline.parts[step]?.startMs ?? timeline.durationMs);
      // Every step gets a frame of its own, in order, however close its part follows the last.
      const earliest = step === 0 ? 0 : (steps[step - 1]?.startFrame ?? 0) + 1;
      const latest = frames - (slide.steps - step) - 1;
      const startFrame = Math.max(earliest, Math.min(latest, Math.round((startMs * fps) / 1000)));
      steps.push({ startMs, startFrame });
    }
    const cues = timeline.parts.flatMap((part) => part.cues);
    planned.push({
      slide,
      startMs: at,
      durationMs,
      audioMs: spoken,
      frames,
      steps,
      // A caption stays until the next one is said, and the last until the slide gives way, as in the deck.
      cues: cues.map((cue, cueIndex) => ({
        text: cue.text,
        startMs: at + cue.startMs,
        endMs: at + (cues[cueIndex + 1]?.startMs ?? durationMs),
      })),
    });
    at += durationMs;
  });
  return { slides: planned, durationMs: at, fps };
}

/** The slide's cue timings: the generated voice's own, or the length shared out by words (a recording, timed captions). */
function timelineOf(slide: VideoSlide, audioMs: number): SlideTimeline {
  return slide.audio?.timeline ?? proportionalTimeline(slide.cues, audioMs);
}

/** Frames a fade takes, never more than the step it leads into. */
export function fadeFrames(fadeMs: number, fps: number, stepFrames: number): number {
  return Math.max(0, Math.min(Math.round((fadeMs * fps) / 1000), stepFrames - 1));
}

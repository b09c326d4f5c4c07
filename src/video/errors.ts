/**
 * What can stop a video. Like the export's errors (which these extend, so the CLI treats them the
 * same): each message says what failed, where, and how to fix it, and no file on disk is replaced.
 */
import { describeWhere, ExportError, type SlideProblem } from '../export/errors.ts';

/** Slides whose narration is missing or out of date: found before anything is built or started. */
export class NarrationProblemsError extends ExportError {
  override readonly name = 'NarrationProblemsError';
  constructor(readonly problems: readonly string[]) {
    super(
      [
        `No video was made: the narration is not ready (${problems.length === 1 ? 'a problem' : `${problems.length} problems`}).`,
        ...problems.map((problem) => `  ${problem}`),
      ].join('\n'),
    );
  }
}

/** Slides that would film wrong: content that spills off the slide, assets that did not load, a deck unlike its slides. */
export class VideoSlideProblemsError extends ExportError {
  override readonly name = 'VideoSlideProblemsError';
  constructor(readonly problems: readonly SlideProblem[]) {
    super(
      [
        `No video was made: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} would spoil it.`,
        ...problems.map((p) => `  ${describeWhere(p)}: ${p.problem}. Fix: ${p.fix}.`),
      ].join('\n'),
    );
  }
}

/** The finished files could not be put in place; the previous ones are untouched. */
export class VideoWriteError extends ExportError {
  override readonly name = 'VideoWriteError';
  constructor(shownFolder: string, reason: string, fix: string) {
    super(`The video could not be written into ${shownFolder}: ${reason}. Nothing there was replaced. Fix: ${fix}.`);
  }
}

/** A step of ffmpeg's failed: which step, what ffmpeg said. */
export class EncodeError extends ExportError {
  override readonly name = 'EncodeError';
  constructor(step: string, said: string) {
    super(
      `ffmpeg failed while ${step}: ${said} Nothing was replaced. Fix: check that ffmpeg runs (\`ffmpeg -version\`) and there is room on the disk, then run \`npm run video -- --force\`.`,
    );
  }
}

/** Ctrl-C (or a TERM signal) while the video was being made. */
export class VideoStoppedError extends ExportError {
  override readonly name = 'VideoStoppedError';
  constructor() {
    super('Stopped before the video was finished; nothing was replaced.');
  }
}

/** The deck did not load or start in the browser, or did not show what it was asked to. */
export class DeckPageError extends ExportError {
  override readonly name = 'DeckPageError';
}

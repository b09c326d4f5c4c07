import { parseArgs } from 'node:util';
import { UsageError } from '../export/errors.ts';
import { deckOption, folderOption, nameOption, portOption, usageError } from '../export/options.ts';

/** Frame sizes a video can be made at: 16:9, as the deck is. */
export const VIDEO_SIZES = {
  '1280x720': { width: 1280, height: 720 },
  '1920x1080': { width: 1920, height: 1080 },
  '3840x2160': { width: 3840, height: 2160 },
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;

/** How one slide gives way to the next, and a fragment step to the one after it. */
export type VideoTransition = 'fade' | 'none';

/** What `npm run video` is asked to do. */
export interface VideoOptions {
  /** The deck module to film; null takes DECK, else slides/index.ts. @defaultValue null */
  readonly deck: string | null;
  /** Frame size. @defaultValue '1920x1080' */
  readonly size: VideoSize;
  /** `fade`: slides cross-fade and fragments fade in, as in the deck; `none`: cuts. @defaultValue 'fade' */
  readonly transition: VideoTransition;
  /** Folder the video and its sidecars are written to. @defaultValue 'exports' */
  readonly outDir: string;
  /** File name stem (NAME.mp4, NAME.vtt, ...); null takes it from the deck's title. @defaultValue null */
  readonly name: string | null;
  /** Encode every slide again, ignoring the cache. @defaultValue false */
  readonly force: boolean;
  /** A built deck to film as it is; null films dist/, built first when it is out of date. @defaultValue null */
  readonly distDir: string | null;
  /** Port of the local server that serves the deck to the browser; 0 picks a free one. @defaultValue 0 */
  readonly port: number;
}

export const DEFAULT_VIDEO_OPTIONS: VideoOptions = {
  deck: null,
  size: '1920x1080',
  transition: 'fade',
  outDir: 'exports',
  name: null,
  force: false,
  distDir: null,
  port: 0,
};

export const HELP = `Usage: npm run video [-- options]

Makes the narrated deck into a video: every slide and fragment step as the audience sees it,
held for its part of the narration (the deck's own audio, and recordings where there are any),
with the deck's pauses between parts and slides. A deck with no narration audio at all makes a
silent video, each slide held as long as the deck's timed captions show it. Writes, in the
output folder:
  NAME.mp4           H.264 (yuv420p, +faststart) and AAC (no audio track when silent), with
                     soft captions (a mov_text track in the deck's language), a chapter per
                     slide, and the deck's title, author, description and date
  NAME.vtt, NAME.srt the captions, for players and video sites that take them separately
  NAME-chapters.txt  the chapter list a video site reads from a description ("0:00 Title"
                     lines, each chapter at least 10 s; shorter slides join the chapter before)
NAME comes from the deck's title. dist/ is rebuilt first when a source is newer than it, or
when it holds another deck.
A slide's video is encoded once and kept in node_modules/.cache/deck-video: a later run encodes
only the slides whose picture, narration or settings changed.

Options:
  --deck PATH            the deck module to film (default: $DECK, else slides/index.ts)
  --size WxH             1280x720, 1920x1080 or 3840x2160 (default: 1920x1080)
  --transition fade|none fade between slides and fade fragments in, as the deck does, or cut
                         (default: fade)
  --out DIR              folder for the files (default: exports/)
  --name NAME            write NAME.mp4, NAME.vtt, NAME.srt, NAME-chapters.txt (default: from the
                         deck's title)
  --force                encode every slide again instead of reusing the cache
  --dist DIR             film this already-built deck as it is, without building (with --deck
                         or DECK, it must hold that deck)
  --port N               port of the local server the browser reads the deck from (default: a free one)
  -h, --help             show this help

Needs ffmpeg and ffprobe: $DECK_FFMPEG (ffprobe beside it), else the system's (Debian/Ubuntu:
sudo apt-get install -y ffmpeg). Browser: $DECK_BROWSER, else Playwright's own Chromium, else a
system Chromium or Chrome.
The four files are replaced together, and only by complete ones. Nothing is made when a slide's
narration is missing or out of date (run \`npm run narration\`, with the same --deck), a slide's
content runs off the slide, or an asset fails to load; the message names the slide and the fix.
Exit status: 0 written, 1 not written, 2 bad option.

Examples:
  npm run video
  npm run video -- --size 1280x720 --transition none
  npm run video -- --out ~/talks --name rocky-iv
  npm run video -- --deck examples/engine-tour/index.ts`;

export interface ParsedVideoCommand {
  readonly help: boolean;
  readonly options: VideoOptions;
}

/** Said after every usage error. */
export const USAGE_HINT = 'See `npm run video -- --help`.';

/** Reads the command line (without node and the script path); throws UsageError on anything unknown. */
export function parseVideoArgs(args: readonly string[]): ParsedVideoCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    throw usageError(error, USAGE_HINT);
  }
  const size = values.size ?? DEFAULT_VIDEO_OPTIONS.size;
  if (!isVideoSize(size)) {
    throw new UsageError(`--size takes ${Object.keys(VIDEO_SIZES).join(', ')}, not "${size}". ${USAGE_HINT}`);
  }
  const transition = values.transition ?? DEFAULT_VIDEO_OPTIONS.transition;
  if (transition !== 'fade' && transition !== 'none') {
    throw new UsageError(`--transition takes "fade" or "none", not "${transition}". ${USAGE_HINT}`);
  }
  return {
    help: values.help === true,
    options: {
      deck: deckOption(values.deck, USAGE_HINT),
      size,
      transition,
      port: portOption(values.port, USAGE_HINT),
      name: nameOption(values.name, USAGE_HINT),
      outDir: folderOption('--out', values.out, USAGE_HINT) ?? DEFAULT_VIDEO_OPTIONS.outDir,
      distDir: folderOption('--dist', values.dist, USAGE_HINT) ?? null,
      force: values.force === true,
    },
  };
}

function isVideoSize(value: string): value is VideoSize {
  return Object.hasOwn(VIDEO_SIZES, value);
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      deck: { type: 'string' },
      size: { type: 'string' },
      transition: { type: 'string' },
      out: { type: 'string' },
      name: { type: 'string' },
      force: { type: 'boolean' },
      dist: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

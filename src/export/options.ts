import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export type PdfKind = 'slides' | 'handout';
export type Paper = 'a4' | 'letter';

/** What `npm run export` is asked to do. */
export interface ExportOptions {
  /** The deck module to build and print; null takes DECK, else slides/index.ts. @defaultValue null */
  readonly deck: string | null;
  /** The PDFs to write, in order. @defaultValue ['slides', 'handout'] */
  readonly kinds: readonly PdfKind[];
  /** A slides page per fragment step instead of one page a slide with every fragment shown. @defaultValue false */
  readonly fragments: boolean;
  /** Folder the PDFs are written to. @defaultValue 'exports' */
  readonly outDir: string;
  /** File name stem (NAME-slides.pdf); null takes it from the deck's title. @defaultValue null */
  readonly name: string | null;
  /** Paper of the handout. @defaultValue 'a4' */
  readonly paper: Paper;
  /** A built deck to print as it is; null prints dist/, built first when it is out of date. @defaultValue null */
  readonly distDir: string | null;
  /** Port of the local server that serves the deck to the browser; 0 picks a free one. @defaultValue 0 */
  readonly port: number;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  deck: null,
  kinds: ['slides', 'handout'],
  fragments: false,
  outDir: 'exports',
  name: null,
  paper: 'a4',
  distDir: null,
  port: 0,
};

export const HELP = `Usage: npm run export [-- options]

Prints the deck to PDF: the slides (one page a slide, fragments shown) and a handout
(each slide above its spoken script, one paper page a slide). Both PDFs are tagged, have
bookmarks (section > slide), embedded fonts, selectable text, and the deck's
title, subject and author. dist/ is rebuilt first when a source is newer than it.

Options:
  --deck PATH            the deck module to print (default: $DECK, else slides/index.ts)
  --only slides|handout  write only one of the two PDFs (default: both)
  --fragments            slides PDF: a page per fragment step, numbered 4.1, 4.2, ...
  --out DIR              folder for the PDFs (default: exports/)
  --name NAME            write NAME-slides.pdf and NAME-handout.pdf (default: from the deck's title)
  --paper a4|letter      handout paper size (default: a4)
  --dist DIR             print this already-built deck as it is, without building (with --deck
                         or DECK, it must hold that deck)
  --port N               port of the local server the browser reads the deck from (default: a free one)
  -h, --help             show this help

Browser: $DECK_BROWSER, else Playwright's own Chromium, else a system Chromium or Chrome.
A PDF is replaced only by a complete, checked one. The export stops, writing nothing, when a
slide's content runs off its page, a handout script does not fit its page, or an asset fails
to load; the message names the slide and the fix. Exit status: 0 written, 1 not written, 2 bad option.

Examples:
  npm run export
  npm run export -- --only handout --paper letter
  npm run export -- --fragments --out ~/talks
  DECK=examples/engine-tour/index.ts npm run export`;

export interface ParsedCommand {
  readonly help: boolean;
  readonly options: ExportOptions;
}

/** Reads the command line (without node and the script path); throws UsageError on anything unknown. */
export function parseExportArgs(args: readonly string[]): ParsedCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    throw usageError(error, USAGE_HINT);
  }
  const only = values.only;
  if (only !== undefined && only !== 'slides' && only !== 'handout') {
    throw new UsageError(`--only takes "slides" or "handout", not "${only}". ${USAGE_HINT}`);
  }
  const paper = values.paper ?? DEFAULT_EXPORT_OPTIONS.paper;
  if (paper !== 'a4' && paper !== 'letter') {
    throw new UsageError(`--paper takes "a4" or "letter", not "${paper}". ${USAGE_HINT}`);
  }
  return {
    help: values.help === true,
    options: {
      deck: deckOption(values.deck, USAGE_HINT),
      kinds: only ? [only] : DEFAULT_EXPORT_OPTIONS.kinds,
      fragments: values.fragments === true,
      outDir: folderOption('--out', values.out, USAGE_HINT) ?? DEFAULT_EXPORT_OPTIONS.outDir,
      name: nameOption(values.name, USAGE_HINT),
      paper,
      distDir: folderOption('--dist', values.dist, USAGE_HINT) ?? null,
      port: portOption(values.port, USAGE_HINT),
    },
  };
}

/** Said after every usage error. */
export const USAGE_HINT = 'See `npm run export -- --help`.';

/*
 * Options every exporting command reads the same way (the PDF export and the video): each throws
 * UsageError with the command's own hint to its --help.
 */

/** What node:util's parseArgs threw (an unknown option, a missing value), as a UsageError. */
export function usageError(error: unknown, hint: string): UsageError {
  return new UsageError(`${error instanceof Error ? error.message : String(error)} ${hint}`);
}

/** --port N: 1 to 65535; absent is 0, any free port. */
export function portOption(value: string | undefined, hint: string): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!(/^\d+$/.test(value) && port >= 1 && port <= 65_535)) {
    throw new UsageError(`--port takes a port number from 1 to 65535, not "${value}". ${hint}`);
  }
  return port;
}

/** --name NAME: a file-name stem of letters, digits, ".", "-" and "_"; absent is null (from the deck's title). */
export function nameOption(value: string | undefined, hint: string): string | null {
  if (value === undefined) return null;
  if (!/^[\w.-]+$/.test(value)) {
    throw new UsageError(`--name takes letters, digits, ".", "-" and "_" only, not "${value}". ${hint}`);
  }
  return value;
}

/** --deck PATH: anything but blank; absent is null (DECK, else slides/index.ts). */
export function deckOption(value: string | undefined, hint: string): string | null {
  if (value !== undefined && value.trim() === '') {
    throw new UsageError(`--deck needs the path of a deck module, e.g. slides/index.ts. ${hint}`);
  }
  return value ?? null;
}

/** A folder option (--out, --dist): anything but blank. */
export function folderOption(flag: string, value: string | undefined, hint: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a folder. ${hint}`);
  return value;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      deck: { type: 'string' },
      only: { type: 'string' },
      fragments: { type: 'boolean' },
      out: { type: 'string' },
      name: { type: 'string' },
      paper: { type: 'string' },
      dist: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** A file-name stem from the deck's title: "Rocky IV Has..." -> "rocky-iv-has...". */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'deck';
}

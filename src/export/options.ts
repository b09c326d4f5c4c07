import { type CommandSpec, type OptionSpecs, type OptionValues, parseCommandLine, UsageError } from '../cli/command.ts';
import { choiceValue, fileStemValue, portValue } from '../cli/values.ts';

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

/** `npm run export`'s command line, for the shared command runner (src/cli/command.ts). */
export const EXPORT_COMMAND = {
  name: 'export',
  options: {
    deck: { type: 'string', value: 'PATH' },
    only: { type: 'string', value: 'slides|handout' },
    fragments: { type: 'boolean' },
    out: { type: 'string', value: 'DIR' },
    name: { type: 'string', value: 'NAME' },
    paper: { type: 'string', value: 'a4|letter' },
    dist: { type: 'string', value: 'DIR' },
    port: { type: 'string', value: 'N' },
  },
  help: HELP,
  stoppedNote: 'no PDF was replaced',
} as const satisfies CommandSpec<OptionSpecs>;

export interface ParsedCommand {
  readonly help: boolean;
  readonly options: ExportOptions;
}

/** Reads the command line (without node and the script path); throws UsageError on anything it does not take. */
export function parseExportArgs(args: readonly string[]): ParsedCommand {
  const parsed = parseCommandLine(EXPORT_COMMAND, args);
  if (parsed.help) return { help: true, options: DEFAULT_EXPORT_OPTIONS };
  return { help: false, options: exportOptions(parsed.options) };
}

/** The export's options from its command line's values. */
export function exportOptions(values: OptionValues<typeof EXPORT_COMMAND.options>): ExportOptions {
  const only = choiceValue('--only', values.only, ['slides', 'handout']);
  if (values.fragments && only === 'handout') {
    throw new UsageError(
      '--fragments splits the slides PDF into a page per fragment step, but --only handout writes no slides PDF. Fix: leave out --fragments, or --only handout.',
    );
  }
  return {
    deck: values.deck ?? null,
    kinds: only ? [only] : DEFAULT_EXPORT_OPTIONS.kinds,
    fragments: values.fragments === true,
    outDir: values.out ?? DEFAULT_EXPORT_OPTIONS.outDir,
    name: fileStemValue('--name', values.name) ?? null,
    paper: choiceValue('--paper', values.paper, ['a4', 'letter']) ?? DEFAULT_EXPORT_OPTIONS.paper,
    distDir: values.dist ?? null,
    port: portValue('--port', values.port) ?? DEFAULT_EXPORT_OPTIONS.port,
  };
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

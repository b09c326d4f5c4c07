import { FixableError } from '../model/errors.ts';

/**
 * What can stop an export. Every message says what failed, where, and how to fix it; the CLI
 * prints it as is and exits non-zero, and no PDF on disk is replaced.
 */
export class ExportError extends FixableError {
  override readonly name: string = 'ExportError';
}

export { UsageError } from '../cli/command.ts';

/** The port asked for with --port is taken. */
export class PortBusyError extends ExportError {
  override readonly name = 'PortBusyError';
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use. Fix: pass a free port with --port, or leave --port out to let the exporter pick one.`,
    );
  }
}

/** `vite build` of the deck failed. */
export class BuildFailedError extends ExportError {
  override readonly name = 'BuildFailedError';
  constructor(reason: string) {
    super(
      `The deck did not build: ${buildFailureSummary(reason)} Fix that (\`npm run build\` shows the whole error), then export again.`,
    );
  }
}

/** The deck has mistakes the build names: its own lines, as `npm run build` prints them. */
export class DeckProblemsError extends ExportError {
  override readonly name = 'DeckProblemsError';
}

/** Another run has held dist/ for longer than any build takes. */
export class DistLockedError extends ExportError {
  override readonly name = 'DistLockedError';
}

/**
 * The line of a build error that says what is wrong: Rolldown wraps it in a count, a plugin
 * name and a stack, and a deck validation error starts with a header before its first problem.
 */
export function buildFailureSummary(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim().replace(/^(?:Error:|-)\s*/, ''))
    .filter((line) => line !== '' && !/^Build failed with \d+ errors?:?$/.test(line))
    .filter((line) => !/^\[plugin [^\]]*\]/.test(line) && !/^at /.test(line));
  const [first = 'unknown error', second] = lines;
  return firstLine(first.endsWith(':') && second ? `${first} ${second}` : first);
}

/** --dist names a folder without a built deck. */
export class DeckNotBuiltError extends ExportError {
  override readonly name = 'DeckNotBuiltError';
  constructor(dir: string) {
    super(`${dir} holds no built deck (no index.html). Fix: build it with \`npm run build\`, or leave --dist out.`);
  }
}

/** The browser is there but did not start. */
export class BrowserLaunchError extends ExportError {
  override readonly name = 'BrowserLaunchError';
  constructor(executablePath: string, reason: string) {
    super(
      `The browser at ${executablePath} did not start: ${firstLine(reason)} Fix: check that it runs (\`${executablePath} --version\`), or set DECK_BROWSER to another Chrome or Chromium.`,
    );
  }
}

/** The folder given with --out cannot hold the PDFs; found before the browser starts. */
export class OutputFolderError extends ExportError {
  override readonly name = 'OutputFolderError';
  constructor(shownPath: string, code: string | undefined) {
    const [problem, fix] = outputFolderProblem(code);
    super(`The output folder ${shownPath} ${problem}. Fix: ${fix}.`);
  }
}

function outputFolderProblem(code: string | undefined): readonly [problem: string, fix: string] {
  const elsewhere = 'pass --out a folder you can write to (one that does not exist yet is made)';
  switch (code) {
    case 'EEXIST':
      return ['is a file, not a folder', `${elsewhere}, or move that file away`];
    case 'ENOTDIR':
      return ['cannot be made: part of its path is a file, not a folder', elsewhere];
    case 'EACCES':
    case 'EPERM':
      return ['cannot be written to (permission denied)', elsewhere];
    case 'EROFS':
      return ['is on a read-only file system', elsewhere];
    case 'ENOENT':
      return [
        'cannot be made: the folder it would go in takes no new files (a system folder such as /proc)',
        elsewhere,
      ];
    default:
      return [`cannot be used (${code ?? 'unknown error'})`, elsewhere];
  }
}

/** The checked PDFs could not be put in place; the previous ones are untouched. */
export class PdfWriteError extends ExportError {
  override readonly name = 'PdfWriteError';
  constructor(shownFolder: string, reason: string, fix: string) {
    super(`The PDFs could not be written into ${shownFolder}: ${reason}. Nothing there was replaced. Fix: ${fix}.`);
  }
}

/** The deck's print view never became ready. */
export class PrintViewError extends ExportError {
  override readonly name = 'PrintViewError';
}

/** What is wrong with one slide (or the page as a whole) for print. */
export interface SlideProblem {
  /** The slide's id, or null for a problem of the whole page (a stylesheet or font that failed). */
  readonly slideId: string | null;
  /** 1-based slide number, or null with slideId. */
  readonly slideNumber: number | null;
  readonly problem: string;
  readonly fix: string;
}

/** Slides that would print wrong: content that spills out of its page, assets that did not load. */
export class SlideProblemsError extends ExportError {
  override readonly name = 'SlideProblemsError';
  constructor(readonly problems: readonly SlideProblem[]) {
    super(
      [
        `Nothing was exported: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} would spoil the PDFs.`,
        ...problems.map((p) => `  ${describeWhere(p)}: ${p.problem}. Fix: ${p.fix}.`),
      ].join('\n'),
    );
  }
}

/** A printed PDF is not what the page laid out (a page too many, a wrong size). */
export class PdfCheckError extends ExportError {
  override readonly name = 'PdfCheckError';
}

export function describeWhere(problem: SlideProblem): string {
  if (problem.slideId === null) return 'The page';
  return `Slide ${problem.slideNumber ?? '?'} "${problem.slideId}"`;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? 'unknown error';
  const trimmed = line.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

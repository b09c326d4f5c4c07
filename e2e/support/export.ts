/**
 * `npm run export` (and `npm run build` of another deck) run as a person runs it, and what a reader
 * gets from its PDFs: the text as copied out, and the pages as a viewer draws them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/export/dist.ts';

/** Exports launch a browser of their own; on a loaded two-core machine that takes far longer than a page test. */
export const EXPORT_TIMEOUT_MS = 180_000;

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run export -- args`, the way the README tells people to run it. */
export function runExport(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'export', '--', ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, timeout: EXPORT_TIMEOUT_MS - 10_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `npm run build -- args` with DECK set, the way the README tells people to build another deck. */
export function runBuild(args: readonly string[], deck: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'build', '--', '--logLevel', 'warn', ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, DECK: deck }, timeout: EXPORT_TIMEOUT_MS - 10_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Letters and digits only, lower case: PDF text comes back with its own spacing and case. */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words as a reader copies them: spaced once, and a line broken after a hyphen joined again. */
export function words(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([-–—]) /g, '$1')
    .trim();
}

/** Mean grey level (0 black .. 255 white) of a page as poppler renders it: what a reader sees. */
export function pageBrightness(file: string, pageNumber: number): number {
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-scale-to',
    '48',
    '-f',
    `${pageNumber}`,
    '-l',
    `${pageNumber}`,
    file,
  ]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error(`pdftoppm gave no greymap for page ${pageNumber} of ${file}`);
  const pixels = pgm.subarray(header[0].length);
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

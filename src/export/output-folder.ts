import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OutputFolderError } from './errors.ts';

/**
 * Checks, before anything is built or printed, that the --out folder can take the PDFs, without
 * making it: a wrong --out is a one-line error at once, and a failed export leaves no new folder.
 * A probe file is written into the nearest folder that exists (the folder, or the one it would be
 * made in), because permissions alone do not tell: root may "write" to /proc, which makes nothing.
 */
export async function checkOutputFolder(dir: string, shownPath: string = dir): Promise<void> {
  let existing = dir;
  while (!(await lstat(existing).catch(() => null))) {
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  const found = await stat(existing).catch((error: NodeJS.ErrnoException) => error);
  if (found instanceof Error) throw new OutputFolderError(shownPath, found.code);
  if (!found.isDirectory()) throw new OutputFolderError(shownPath, existing === dir ? 'EEXIST' : 'ENOTDIR');
  const probe = join(existing, `.deck-export-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
  } catch (error) {
    throw new OutputFolderError(shownPath, (error as NodeJS.ErrnoException).code);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

/**
 * Makes the output folder and its missing parents, one level at a time: Node's recursive mkdir
 * never returns under /proc, where a plain mkdir fails at once.
 */
export async function makeOutputFolder(dir: string, shownPath: string = dir): Promise<void> {
  const missing: string[] = [];
  for (let path = dir; !(await lstat(path).catch(() => null)); path = dirname(path)) {
    if (dirname(path) === path) break;
    missing.unshift(path);
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw new OutputFolderError(shownPath, error.code);
    });
  }
}

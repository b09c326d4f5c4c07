import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { OutputFolderError } from './errors.ts';

/**
 * Makes the --out folder (and its parents) if it is missing and checks that the PDFs can go there,
 * so a wrong --out is a one-line error at once, not after a full print.
 */
export async function prepareOutputFolder(dir: string, shownPath: string = dir): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new OutputFolderError(shownPath, (error as NodeJS.ErrnoException).code);
  }
}

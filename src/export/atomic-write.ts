import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FileToWrite {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Writes files whole or not at all, and together: each into a temporary file beside it first, and
 * only when every one is complete are they renamed over their targets. A reader (or a crash) never
 * sees half a PDF, and a failure on the second file never leaves a new first one beside an old second.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  // A folder in a target's place would make its rename fail after the others had gone through.
  for (const { path } of files) {
    const found = await stat(path).catch(() => null);
    if (found?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR', path });
  }
  const staged: { temporary: string; path: string }[] = [];
  try {
    for (const { path, bytes } of files) {
      const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temporary, path });
      await writeFile(temporary, bytes, { flag: 'wx' });
    }
    for (const { temporary, path } of staged) await rename(temporary, path);
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
}

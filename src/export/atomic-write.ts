import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A file to put in place: its bytes, or a file already written (by another program, such as
 * ffmpeg) at a staging path from `stagingPath`, beside its target.
 */
export type FileToWrite =
  | { readonly path: string; readonly bytes: Uint8Array }
  | { readonly path: string; readonly staged: string };

/** A temporary name beside a target, on the same file system, so renaming it over the target is atomic. */
export function stagingPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes files whole or not at all, and together: each into a temporary file beside it first, and
 * only when every one is complete are they renamed over their targets. A reader (or a crash) never
 * sees half a PDF, and a failure on the second file never leaves a new first one beside an old second.
 * Files handed in already staged are renamed with the rest, or removed when the write fails.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const staged: { temporary: string; path: string }[] = files.flatMap((file) =>
    'staged' in file ? [{ temporary: file.staged, path: file.path }] : [],
  );
  try {
    // A folder in a target's place would make its rename fail after the others had gone through.
    for (const { path } of files) {
      const found = await stat(path).catch(() => null);
      if (found?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR', path });
    }
    for (const file of files) {
      if (!('bytes' in file)) continue;
      const temporary = stagingPath(file.path);
      staged.push({ temporary, path: file.path });
      await writeFile(temporary, file.bytes, { flag: 'wx' });
    }
    for (const { temporary, path } of staged) await rename(temporary, path);
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
}

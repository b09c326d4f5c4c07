import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkOutputFolder, makeOutputFolder } from './output-folder.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
  dirs.push(dir);
  return dir;
}

test('a missing output folder is checked without being made, and made, parents and all, only when asked', async () => {
  const root = folder();
  const out = join(root, 'talks', '2025');
  await checkOutputFolder(out);
  // The probe file it wrote to be sure is gone, and nothing was made.
  expect(readdirSync(root)).toEqual([]);
  await makeOutputFolder(out);
  expect(statSync(out).isDirectory()).toBe(true);
});

test('a file where the folder should be is refused in one line that names the path, the problem and the fix', async () => {
  const file = join(folder(), 'afile');
  writeFileSync(file, 'not a folder');
  await expect(checkOutputFolder(file, '/tmp/afile')).rejects.toThrow(
    'The output folder /tmp/afile is a file, not a folder. Fix: pass --out a folder you can write to (one that does not exist yet is made), or move that file away.',
  );
  await expect(checkOutputFolder(join(file, 'pdfs'), 'afile/pdfs')).rejects.toThrow(
    'The output folder afile/pdfs cannot be made: part of its path is a file, not a folder. Fix: pass --out a folder you can write to',
  );
  expect(existsSync(join(file, 'pdfs'))).toBe(false);
});

// Node's recursive mkdir never returns there; the check answers at once.
test.runIf(existsSync('/proc/self'))('a folder under /proc is refused at once, not waited on', async () => {
  await expect(checkOutputFolder('/proc/deck-exports/pdfs')).rejects.toThrow(
    'The output folder /proc/deck-exports/pdfs cannot be made: the folder it would go in takes no new files (a system folder such as /proc). Fix:',
  );
  await expect(makeOutputFolder('/proc/deck-exports/pdfs')).rejects.toThrow('cannot be made');
});

import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { prepareOutputFolder } from './output-folder.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
  dirs.push(dir);
  return dir;
}

test('makes a missing output folder, parents and all', async () => {
  const out = join(folder(), 'talks', '2025');
  await prepareOutputFolder(out);
  expect(statSync(out).isDirectory()).toBe(true);
});

test('a file where the folder should be is refused in one line that names the path, the problem and the fix', async () => {
  const file = join(folder(), 'afile');
  writeFileSync(file, 'not a folder');
  await expect(prepareOutputFolder(file, '/tmp/afile')).rejects.toThrow(
    'The output folder /tmp/afile is a file, not a folder. Fix: pass --out a folder you can write to (one that does not exist yet is made), or move that file away.',
  );
  await expect(prepareOutputFolder(join(file, 'pdfs'), 'afile/pdfs')).rejects.toThrow(
    'The output folder afile/pdfs cannot be made: part of its path is a file, not a folder. Fix: pass --out a folder you can write to',
  );
  expect(existsSync(join(file, 'pdfs'))).toBe(false);
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { writeFileAtomic } from './atomic-write.ts';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('replaces the file whole and leaves no temporary file behind', async () => {
  const dir = folder();
  const path = join(dir, 'deck-slides.pdf');
  writeFileSync(path, 'old');
  await writeFileAtomic(path, new TextEncoder().encode('new'));
  expect(readFileSync(path, 'utf8')).toBe('new');
  expect(readdirSync(dir)).toEqual(['deck-slides.pdf']);
});

test('a write that fails leaves the old file as it was and cleans up', async () => {
  const dir = folder();
  const path = join(dir, 'deck-slides.pdf');
  writeFileSync(path, 'old');
  // A folder where the file should be: the rename over it fails after the data was written.
  const blocked = join(dir, 'blocked.pdf');
  mkdirSync(join(blocked, 'inside'), { recursive: true });
  await expect(writeFileAtomic(blocked, new TextEncoder().encode('new'))).rejects.toThrow();
  expect(readFileSync(path, 'utf8')).toBe('old');
  expect(readdirSync(dir).sort()).toEqual(['blocked.pdf', 'deck-slides.pdf']);
});

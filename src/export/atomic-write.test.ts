import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { stagingPath, writeFilesAtomic } from './atomic-write.ts';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const bytes = (text: string) => new TextEncoder().encode(text);

test('replaces both files whole and leaves no temporary file behind', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'deck-slides.pdf'), 'old slides');
  await writeFilesAtomic([
    { path: join(dir, 'deck-slides.pdf'), bytes: bytes('new slides') },
    { path: join(dir, 'deck-handout.pdf'), bytes: bytes('new handout') },
  ]);
  expect(readFileSync(join(dir, 'deck-slides.pdf'), 'utf8')).toBe('new slides');
  expect(readFileSync(join(dir, 'deck-handout.pdf'), 'utf8')).toBe('new handout');
  expect(readdirSync(dir).sort()).toEqual(['deck-handout.pdf', 'deck-slides.pdf']);
});

test('when the second file cannot be written, the first is not replaced either, and nothing is left over', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'deck-slides.pdf'), 'old slides');
  writeFileSync(join(dir, 'deck-handout.pdf'), 'old handout');
  // The handout's folder is not there: its temporary file cannot be made, after the slides' was.
  await expect(
    writeFilesAtomic([
      { path: join(dir, 'deck-slides.pdf'), bytes: bytes('new slides') },
      { path: join(dir, 'gone', 'deck-handout.pdf'), bytes: bytes('new handout') },
    ]),
  ).rejects.toThrow('ENOENT');
  expect(readFileSync(join(dir, 'deck-slides.pdf'), 'utf8')).toBe('old slides');
  expect(readFileSync(join(dir, 'deck-handout.pdf'), 'utf8')).toBe('old handout');
  expect(readdirSync(dir).sort()).toEqual(['deck-handout.pdf', 'deck-slides.pdf']);
});

test('a folder in the second file’s place stops the write before the first file is replaced', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'deck-slides.pdf'), 'old slides');
  mkdirSync(join(dir, 'deck-handout.pdf', 'inside'), { recursive: true });
  await expect(
    writeFilesAtomic([
      { path: join(dir, 'deck-slides.pdf'), bytes: bytes('new slides') },
      { path: join(dir, 'deck-handout.pdf'), bytes: bytes('new handout') },
    ]),
  ).rejects.toThrow('is a folder');
  expect(readFileSync(join(dir, 'deck-slides.pdf'), 'utf8')).toBe('old slides');
  expect(readdirSync(dir).sort()).toEqual(['deck-handout.pdf', 'deck-slides.pdf']);
});

test('a file written elsewhere at its staging path is put in place with the others, or removed when they fail', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'deck.mp4'), 'old video');
  const video = stagingPath(join(dir, 'deck.mp4'));
  writeFileSync(video, 'new video');
  await writeFilesAtomic([
    { path: join(dir, 'deck.mp4'), staged: video },
    { path: join(dir, 'deck.vtt'), bytes: bytes('WEBVTT') },
  ]);
  expect(readFileSync(join(dir, 'deck.mp4'), 'utf8')).toBe('new video');
  expect(readdirSync(dir).sort()).toEqual(['deck.mp4', 'deck.vtt']);

  const next = stagingPath(join(dir, 'deck.mp4'));
  writeFileSync(next, 'newer video');
  await expect(
    writeFilesAtomic([
      { path: join(dir, 'deck.mp4'), staged: next },
      { path: join(dir, 'gone', 'deck.vtt'), bytes: bytes('WEBVTT') },
    ]),
  ).rejects.toThrow('ENOENT');
  expect(readFileSync(join(dir, 'deck.mp4'), 'utf8')).toBe('new video');
  expect(readdirSync(dir).sort()).toEqual(['deck.mp4', 'deck.vtt']);
});

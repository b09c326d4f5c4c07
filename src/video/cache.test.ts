import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { cacheKey, VideoCache } from './cache.ts';

const dirs: string[] = [];
function cache(): VideoCache {
  const dir = mkdtempSync(join(tmpdir(), 'video-cache-'));
  dirs.push(dir);
  return new VideoCache(dir);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const bytes = (text: string) => new TextEncoder().encode(text);
const HOUR_MS = 60 * 60 * 1000;

test('a key changes with anything it is made from, and only then', () => {
  expect(cacheKey('segment', { frames: 300 })).toBe(cacheKey('segment', { frames: 300 }));
  expect(cacheKey('segment', { frames: 300 })).not.toBe(cacheKey('segment', { frames: 301 }));
  expect(cacheKey('segment', { frames: 300 })).toMatch(/^[0-9a-f]{32}$/);
});

test('an entry is there once put, and a staged one only once committed', async () => {
  const store = cache();
  expect(store.has('stills', 'abc')).toBe(false);
  await store.put('stills', 'abc', bytes('png'));
  expect(store.has('stills', 'abc')).toBe(true);
  const staged = store.staging('segments', 'def');
  expect(store.has('segments', 'def')).toBe(false);
  await import('node:fs/promises').then((fs) => fs.writeFile(staged, 'mp4'));
  await store.commit('segments', 'def', staged);
  expect(store.has('segments', 'def')).toBe(true);
  expect(readdirSync(join(store.dir, 'segments'))).toEqual(['def.mp4']);
});

test('pruning keeps what a recorded run uses and anything touched within the hour, and removes the rest', async () => {
  const store = cache();
  for (const key of ['used', 'old', 'fresh']) await store.put('segments', key, bytes(key));
  await store.put('stills', 'still', bytes('png'));
  await store.put('audio', 'track', bytes('m4a'));
  await store.recordRun('1280x720-fade', {
    stillsKey: 'k',
    stills: { title: ['still'] },
    segments: ['used'],
    audio: 'track',
  });
  const longAgo = new Date(Date.now() - 2 * HOUR_MS);
  for (const key of ['used', 'old']) utimesSync(store.path('segments', key), longAgo, longAgo);
  utimesSync(store.path('stills', 'still'), longAgo, longAgo);

  expect(store.prune()).toBe(1);
  expect(existsSync(store.path('segments', 'old'))).toBe(false);
  for (const [kind, key] of [
    ['segments', 'used'],
    ['segments', 'fresh'],
    ['stills', 'still'],
    ['audio', 'track'],
  ] as const)
    expect(existsSync(store.path(kind, key)), `${kind}/${key}`).toBe(true);
});

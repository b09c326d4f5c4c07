/**
 * node_modules/.cache/deck-video: what a run makes that the next can reuse, each under a key that
 * hashes everything it was made from, so a changed input always misses and an unchanged one hits:
 *   stills/<hash>.png      the captured stills, by the hash of their bytes
 *   segments/<key>.mp4     a slide's encoded video (its stills, timings, transition, size, ffmpeg)
 *   audio/<key>.m4a        the audio track (every slide's narration file and time on screen)
 *   durations.json         each narration file's length, by the hash of its bytes
 *   runs/<settings>.json   what the last run of a deck at a size and transition used: the stills
 *                          of its built deck, so an unchanged deck needs no browser; and what to keep
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stagingPath } from '../export/atomic-write.ts';
import { PROJECT_ROOT } from '../export/dist.ts';

export const CACHE_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache/deck-video');
/** Bumped when what the cached files hold changes in a way their keys do not show. */
export const CACHE_FORMAT = 1;
/** A cached file no run has used for this long may go; younger ones may belong to a run still going. */
const KEEP_UNUSED_MS = 60 * 60 * 1000;

export type CacheKind = 'stills' | 'segments' | 'audio';
const EXTENSIONS: Readonly<Record<CacheKind, string>> = { stills: 'png', segments: 'mp4', audio: 'm4a' };

/** A hex key from anything JSON can say. */
export function cacheKey(...parts: readonly unknown[]): string {
  return sha256(JSON.stringify([CACHE_FORMAT, ...parts])).slice(0, 32);
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What the last successful run of one deck at one size and transition used. */
export interface RunRecord {
  /** Hash of the built deck, the browser and the capture settings its stills were taken with. */
  readonly stillsKey: string;
  /** The still of every step, by slide id, arrival first. */
  readonly stills: Readonly<Record<string, readonly string[]>>;
  readonly segments: readonly string[];
  /** The audio track's key; null for a silent video. */
  readonly audio: string | null;
}

export class VideoCache {
  constructor(readonly dir: string = CACHE_DIR) {}

  path(kind: CacheKind, key: string): string {
    return join(this.dir, kind, `${key}.${EXTENSIONS[kind]}`);
  }

  /** Whether an entry is there; a hit is marked used, so pruning spares it. */
  has(kind: CacheKind, key: string): boolean {
    const path = this.path(kind, key);
    if (!existsSync(path)) return false;
    const now = new Date();
    utimesSync(path, now, now);
    return true;
  }

  /** Where a program writes an entry before `commit` puts it in place (so no half-written entry is ever read). */
  staging(kind: CacheKind, key: string): string {
    mkdirSync(join(this.dir, kind), { recursive: true });
    return stagingPath(this.path(kind, key));
  }

  async commit(kind: CacheKind, key: string, staged: string): Promise<void> {
    await rename(staged, this.path(kind, key));
  }

  /** Writes bytes as an entry, unless it is there already (entries are content-addressed). */
  async put(kind: CacheKind, key: string, bytes: Uint8Array): Promise<void> {
    if (this.has(kind, key)) return;
    const staged = this.staging(kind, key);
    await writeFile(staged, bytes, { flag: 'wx' });
    await this.commit(kind, key, staged);
  }

  readJson<T>(name: string): T | null {
    const path = join(this.dir, name);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as T;
    } catch {
      return null;
    }
  }

  async writeJson(name: string, value: unknown): Promise<void> {
    const path = join(this.dir, name);
    mkdirSync(resolve(path, '..'), { recursive: true });
    const staged = stagingPath(path);
    await writeFile(staged, `${JSON.stringify(value)}\n`);
    await rename(staged, path);
  }

  run(settings: string): RunRecord | null {
    return this.readJson<RunRecord>(`runs/${settings}.json`);
  }

  async recordRun(settings: string, record: RunRecord): Promise<void> {
    await this.writeJson(`runs/${settings}.json`, record);
  }

  /**
   * Removes entries that no recorded run uses and no run has touched for an hour: the cache keeps
   * what the latest run of each deck at each size and transition needs, not every slide ever encoded.
   */
  prune(now = Date.now()): number {
    const kept = new Set<string>();
    const runsDir = join(this.dir, 'runs');
    for (const name of existsSync(runsDir) ? readdirSync(runsDir) : []) {
      const record = this.readJson<RunRecord>(`runs/${name}`);
      if (!record) continue;
      for (const hash of Object.values(record.stills).flat()) kept.add(this.path('stills', hash));
      for (const key of record.segments) kept.add(this.path('segments', key));
      if (record.audio) kept.add(this.path('audio', record.audio));
    }
    let removed = 0;
    for (const kind of Object.keys(EXTENSIONS) as CacheKind[]) {
      const dir = join(this.dir, kind);
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        const path = join(dir, name);
        if (kept.has(path)) continue;
        const age = now - statSync(path).mtimeMs;
        if (age < KEEP_UNUSED_MS) continue;
        rmSync(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

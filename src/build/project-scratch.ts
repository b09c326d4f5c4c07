/** Scratch folders inside the project, for tests whose files the build must be able to serve. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './deck-path.ts';

/** A fresh folder under node_modules/.cache (made first: a fresh `npm ci` has no .cache yet). */
export function projectScratchDir(prefix: string): string {
  const cache = join(PROJECT_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  return mkdtempSync(join(cache, prefix));
}

/**
 * A copy of the project in a scratch folder, with its packages linked rather than copied: for
 * tests that rebuild dist/ or the exporter's bundle, which must not touch the project's own
 * (the other browser tests are reading that dist/ as they run).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/export/dist.ts';

/** What a build and an export read: the engine, the decks, the configs. */
const PROJECT_FILES = [
  'index.html',
  'src',
  'slides',
  'examples',
  'assets',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'package.json',
  'package-lock.json',
] as const;

export interface ProjectCopy {
  readonly root: string;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'deck-project-'));
  for (const entry of PROJECT_FILES) cpSync(resolve(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  // Each package linked, so the copy's node_modules/.cache (bundles, cut fonts) is its own.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(resolve(PROJECT_ROOT, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    symlinkSync(resolve(PROJECT_ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

import { countWords } from './text.ts';
import type { DeckConfig } from './types.ts';

/** Seconds a script takes to say at the configured pace, never below the per-slide minimum. */
export function speakingSeconds(script: readonly string[], config: DeckConfig): number {
  const words = script.reduce((sum, part) => sum + countWords(part), 0);
  return Math.max(config.minSlideSeconds, Math.round((words / config.wordsPerMinute) * 60));
}

/** `m:ss`, as a speaker view shows it. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The studio's actions: their keys, their buttons' names and their help, from one table. */
export type StudioAction =
  | 'record'
  | 'stop'
  | 'cancel'
  | 'nextPart'
  | 'play'
  | 'retake'
  | 'previousSlide'
  | 'nextSlide';

export interface StudioKey {
  readonly action: StudioAction;
  /** The button's plain name. */
  readonly label: string;
  /** KeyboardEvent.key values that press it. */
  readonly keys: readonly string[];
  /** How the keys are shown. */
  readonly shown: string;
}

export const STUDIO_KEYS: readonly StudioKey[] = [
  { action: 'record', label: 'Record', keys: ['r', 'R'], shown: 'R' },
  { action: 'stop', label: 'Stop', keys: ['s', 'S'], shown: 'S' },
  { action: 'nextPart', label: 'Next part', keys: ['ArrowRight', ' '], shown: '→' },
  { action: 'cancel', label: 'Cancel take', keys: ['Escape'], shown: 'Esc' },
  { action: 'play', label: 'Play take', keys: ['p', 'P'], shown: 'P' },
  { action: 'retake', label: 'Retake', keys: ['t', 'T'], shown: 'T' },
  { action: 'previousSlide', label: 'Previous slide', keys: ['PageUp', 'ArrowLeft'], shown: 'PgUp ←' },
  { action: 'nextSlide', label: 'Next slide', keys: ['PageDown', 'ArrowRight'], shown: 'PgDn →' },
];

/**
 * The action a key presses in a mode: → marks the next part while recording and moves to the
 * next slide otherwise.
 */
export function actionForKey(key: string, recording: boolean): StudioAction | null {
  const found = STUDIO_KEYS.filter((entry) => entry.keys.includes(key)).map((entry) => entry.action);
  if (recording) return found.find((action) => action !== 'nextSlide' && action !== 'previousSlide') ?? null;
  return found.find((action) => action !== 'nextPart') ?? null;
}

/**
 * Every key the deck answers to, in one table: the help dialog, the README's key table, the key
 * bindings and the on-screen controls' names and tooltips are all made from it. Pure data, so
 * the build (font subsets) and plain-Node tests read it too.
 */

/** What the deck's own code does for a key or a control (reveal.js does the rest). */
export type Command =
  | 'jump'
  | 'help'
  | 'narration-toggle'
  | 'narration-stop'
  | 'narration-slower'
  | 'narration-faster'
  | 'captions-toggle';

/** A key the deck binds itself, through reveal.js's `addKeyBinding`. */
export interface KeyBinding {
  /** The key as shown, one of its row's `keys`. */
  readonly key: string;
  /** `KeyboardEvent.keyCode`, which reveal.js's bindings are keyed by. */
  readonly keyCode: number;
  readonly command: Command;
}

export interface KeyRow {
  /** The keys, as the help dialog and the README show them. */
  readonly keys: readonly string[];
  /** What they do, in the words of the help dialog and the README. */
  readonly action: string;
  /** The on-screen control that does the same, as a person sees it; absent if there is none. */
  readonly control?: string;
  /** Keys the deck binds itself; a row without any is handled by reveal.js or the browser. */
  readonly bindings?: readonly KeyBinding[];
  /** Only where the deck narrates (not in the print view or the speaker view's previews). */
  readonly narration?: true;
}

export interface KeyGroup {
  readonly title: string;
  readonly rows: readonly KeyRow[];
}

export const KEY_GROUPS: readonly KeyGroup[] = [
  {
    title: 'Move through the deck',
    rows: [
      { keys: ['→', 'Space', 'N', 'Page Down'], action: 'Next step or slide', control: '› arrow, bottom right' },
      {
        keys: ['←', 'Shift Space', 'P', 'Page Up'],
        action: 'Previous step or slide',
        control: '‹ arrow, bottom right',
      },
      { keys: ['Alt →', 'Alt ←'], action: 'Next or previous slide, skipping steps' },
      { keys: ['Home', 'End'], action: 'First or last slide' },
      {
        keys: ['G'],
        action: 'Jump to a slide by number, id or title words: Enter goes there, Esc stays',
        bindings: [{ key: 'G', keyCode: 71, command: 'jump' }],
      },
      { keys: ['Esc', 'O'], action: 'Overview of every slide' },
      {
        keys: ['Tab', 'Shift Tab'],
        action: 'Reach the on-screen controls; Enter or Space presses the one in focus',
      },
    ],
  },
  {
    title: 'Present',
    rows: [
      { keys: ['S'], action: 'Speaker view: notes, next slide, timer and pacing' },
      { keys: ['F'], action: 'Full screen' },
      { keys: ['B', '.'], action: 'Black out the screen, and back' },
      {
        keys: ['?'],
        action: 'Show or hide these shortcuts',
        control: '? button, bottom left',
        bindings: [{ key: '?', keyCode: 191, command: 'help' }],
      },
    ],
  },
  {
    title: 'Narration',
    rows: [
      {
        keys: ['R'],
        action: 'Play or pause narration, from the slide on screen',
        control: 'Play narration button',
        bindings: [{ key: 'R', keyCode: 82, command: 'narration-toggle' }],
        narration: true,
      },
      {
        keys: ['X'],
        action: 'Stop narration',
        control: '■ button, while narrating',
        bindings: [{ key: 'X', keyCode: 88, command: 'narration-stop' }],
        narration: true,
      },
      {
        keys: ['[', ']'],
        action: 'Narration slower or faster',
        control: 'speed list',
        bindings: [
          { key: '[', keyCode: 219, command: 'narration-slower' },
          { key: ']', keyCode: 221, command: 'narration-faster' },
        ],
        narration: true,
      },
      {
        keys: ['C'],
        action: 'Captions on or off',
        control: 'CC button',
        bindings: [{ key: 'C', keyCode: 67, command: 'captions-toggle' }],
        narration: true,
      },
    ],
  },
];

/** The groups a deck shows: without narration, its keys are left out. */
export function keyGroups(options: { readonly narration: boolean }): KeyGroup[] {
  return KEY_GROUPS.map((group) => ({
    title: group.title,
    rows: group.rows.filter((row) => options.narration || !row.narration),
  })).filter((group) => group.rows.length > 0);
}

/** Every key the deck binds itself. */
export function keyBindings(options: { readonly narration: boolean }): KeyBinding[] {
  return keyGroups(options).flatMap((group) => group.rows.flatMap((row) => row.bindings ?? []));
}

/** The row of a command's key. */
export function rowFor(command: Command): KeyRow {
  const row = KEY_GROUPS.flatMap((group) => group.rows).find((candidate) =>
    candidate.bindings?.some((binding) => binding.command === command),
  );
  if (!row) throw new Error(`src/runtime/keys.ts: no key row binds "${command}". Fix: add its key to KEY_GROUPS.`);
  return row;
}

/** A control's tooltip: its name and the keys that do the same, "Stop narration (X)". */
export function tooltip(name: string, command: Command): string {
  return `${name} (${rowFor(command).keys.join(' or ')})`;
}

/** What to press, in a sentence: "Play narration (or R)". */
export function pressHint(name: string, command: Command): string {
  return `${name} (or ${rowFor(command).keys.join(' or ')})`;
}

/** The letters and signs the deck binds, lower-cased as `KeyboardEvent.key` gives them unshifted. */
export function boundCharacters(): ReadonlySet<string> {
  return new Set(keyBindings({ narration: true }).map((binding) => binding.key.toLowerCase()));
}

/** Shape kept for the build's font subsetting, which reads every word the help can show. */
export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly { readonly keys: readonly string[]; readonly action: string }[];
}

/** Every key of the deck, grouped as the help dialog shows them where the deck narrates. */
export function defaultShortcutGroups(): ShortcutGroup[] {
  return KEY_GROUPS.map((group) => ({ title: group.title, shortcuts: group.rows }));
}

/** The README's key table (under "## Presenting"), as Markdown. */
export function keyTableMarkdown(): string {
  const code = (key: string) => `\`${key}\``;
  const rows = KEY_GROUPS.flatMap((group) => group.rows).map(
    (row) => `| ${row.keys.map(code).join(' ')} | ${row.action} | ${row.control ?? ''} |`,
  );
  return ['| keys | action | on screen |', '| --- | --- | --- |', ...rows].join('\n');
}

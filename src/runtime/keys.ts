/** A shortcut as the help dialog and README show it. */
export interface Shortcut {
  readonly keys: readonly string[];
  readonly action: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: Shortcut[];
}

/** reveal.js's own keys that a presenter uses, as set up in reveal-options.ts. */
export function defaultShortcutGroups(): ShortcutGroup[] {
  return [
    {
      title: 'Move through the deck',
      shortcuts: [
        { keys: ['→', 'Space', 'N', 'Page Down'], action: 'Next step or slide' },
        { keys: ['←', 'Shift Space', 'P', 'Page Up'], action: 'Previous step or slide' },
        { keys: ['Alt →', 'Alt ←'], action: 'Next or previous slide, skipping steps' },
        { keys: ['Home', 'End'], action: 'First or last slide' },
        { keys: ['G'], action: 'Jump to a slide by number or id' },
        { keys: ['Esc', 'O'], action: 'Overview of every slide' },
      ],
    },
    {
      title: 'Present',
      shortcuts: [
        { keys: ['S'], action: 'Speaker view: notes, next slide, timer and pacing' },
        { keys: ['F'], action: 'Full screen' },
        { keys: ['B', '.'], action: 'Black out the screen, and back' },
        { keys: ['?'], action: 'Show or hide these shortcuts' },
      ],
    },
  ];
}

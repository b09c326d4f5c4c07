import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Command, KEY_GROUPS, keyBindings, keyGroups, keyTableMarkdown, rowFor, tooltip } from './keys.ts';

const README = resolve(import.meta.dirname, '../../README.md');

/** The Markdown table that follows the "## Presenting" heading. */
function readmeKeyTable(): string {
  const readme = readFileSync(README, 'utf8');
  const section = readme.split(/^## Presenting\s*$/m)[1] ?? '';
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) return '';
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

const ALL_COMMANDS: readonly Command[] = [
  'jump',
  'help',
  'narration-toggle',
  'narration-stop',
  'narration-slower',
  'narration-faster',
  'captions-toggle',
];

describe('the key table', () => {
  it('is the README’s key table, word for word', () => {
    const expected = keyTableMarkdown();
    expect(
      readmeKeyTable(),
      `README.md's key table (under "## Presenting") differs from src/runtime/keys.ts. Fix: replace it with\n${expected}\n`,
    ).toBe(expected);
  });

  it('binds every command to exactly one key code, shown among its row’s keys', () => {
    const bindings = keyBindings({ narration: true });
    expect(bindings.map((binding) => binding.command).sort()).toEqual([...ALL_COMMANDS].sort());
    expect(new Set(bindings.map((binding) => binding.keyCode)).size).toBe(bindings.length);
    for (const group of KEY_GROUPS) {
      for (const row of group.rows) {
        for (const binding of row.bindings ?? []) expect(row.keys, binding.command).toContain(binding.key);
      }
    }
  });

  it('leaves the narration keys out where the deck does not narrate', () => {
    const titles = keyGroups({ narration: false }).map((group) => group.title);
    expect(titles).toEqual(['Move through the deck', 'Present']);
    expect(keyBindings({ narration: false }).map((binding) => binding.command)).toEqual(['jump', 'help']);
  });

  it('names the keys in a control’s tooltip', () => {
    expect(tooltip('Stop narration', 'narration-stop')).toBe('Stop narration (X)');
    expect(tooltip('Narration speed', 'narration-faster')).toBe('Narration speed ([ or ])');
    expect(rowFor('help').keys).toEqual(['?']);
  });

  it('says what Space does on a focused control, as the deck does it', () => {
    const rows = KEY_GROUPS.flatMap((group) => group.rows);
    expect(rows.find((row) => row.keys.includes('Space'))?.action).toBe('Next step or slide');
    expect(rows.find((row) => row.keys.includes('Tab'))?.action).toContain('Enter or Space presses the one in focus');
  });
});

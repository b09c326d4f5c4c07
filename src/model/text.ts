import type { Inline, Script, Text } from './types.ts';

/** The words of slide text without emphasis. */
export function plainText(text: Text): string {
  if (typeof text === 'string') return text;
  return text.map(inlineText).join('');
}

export function inlineText(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  return 'em' in inline ? inline.em : inline.strong;
}

/** A script as its parts: one for a plain string, one per step for an array. */
export function scriptParts(script: Script): readonly string[] {
  return typeof script === 'string' ? [script] : script;
}

/** Words a speaker says: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Collapses runs of whitespace so scripts read the same in notes, captions and print. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

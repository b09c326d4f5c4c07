/** Checks several layouts share. */
import { plainText } from '../model/text.ts';
import type { Text } from '../model/types.ts';
import type { Report } from './layout-spec.ts';

/** True for text that is there but has no words. */
export function isBlank(text: Text | undefined): boolean {
  return text !== undefined && plainText(text).trim() === '';
}

/** Reports a required text field that is empty. */
export function requireText(text: Text, field: string, report: Report): void {
  if (isBlank(text)) report(`its ${field} is empty`, `write the ${field}, or choose a layout without one`);
}

/** The plain words of whichever texts are given, in order. */
export function texts(...values: readonly (Text | undefined)[]): string[] {
  return values.filter((value) => value !== undefined).map(plainText);
}

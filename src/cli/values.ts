/**
 * Option values several commands read the same way (a port, a file-name stem, a size, a count),
 * each checked with a UsageError that says what the option takes.
 */
import { commandDeckPath, type DeckPath, DeckPathError } from '../build/deck-path.ts';
import { UsageError } from './command.ts';

/** One of a few words: `--only slides|handout`. */
export function choiceValue<const C extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly C[],
): C | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as C;
  const listed = choices.map((choice) => `"${choice}"`);
  throw new UsageError(
    `${flag} takes ${listed.length === 2 ? listed.join(' or ') : `one of ${listed.join(', ')}`}, not "${value}".`,
  );
}

/** A TCP port, 1 to 65535; absent is undefined (the command picks a free one). */
export function portValue(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!(/^\d+$/.test(value) && port >= 1 && port <= 65_535)) {
    throw new UsageError(`${flag} takes a port number from 1 to 65535, not "${value}".`);
  }
  return port;
}

/** A whole number in a range: `--runs 7`. */
export function countValue(
  flag: string,
  value: string | undefined,
  range: { min: number; max: number },
): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!(/^\d+$/.test(value) && count >= range.min && count <= range.max)) {
    throw new UsageError(`${flag} takes a whole number from ${range.min} to ${range.max}, not "${value}".`);
  }
  return count;
}

/**
 * A file-name stem (`--name talk` writes talk-slides.pdf): a letter or digit first, then letters,
 * digits, ".", "-" and "_", so it can be neither a path (no "/", no "..") nor a hidden file.
 */
export function fileStemValue(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9][\w.-]*$/.test(value)) {
    throw new UsageError(
      `${flag} takes a file name without a folder: a letter or digit first, then letters, digits, ".", "-" and "_", not "${value}".`,
    );
  }
  return value;
}

/** Sizes in CSS pixels a window can have, as WIDTHxHEIGHT. */
const MIN_SIZE_PX = 200;
const MAX_SIZE_PX = 7680;

/** A window size: `--size 1024x768`. */
export function sizeValue(
  flag: string,
  value: string | undefined,
): { readonly width: number; readonly height: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)x(\d+)$/.exec(value);
  const [width, height] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || [width, height].some((side) => side < MIN_SIZE_PX || side > MAX_SIZE_PX)) {
    throw new UsageError(
      `${flag} takes a size in pixels as WIDTHxHEIGHT, each from ${MIN_SIZE_PX} to ${MAX_SIZE_PX} (e.g. 1280x720 or 1024x768), not "${value}".`,
    );
  }
  return { width, height };
}

/** `--deck PATH`, else DECK, else the default deck: a path that names no deck module is a usage error. */
export function deckValue(flag: string | undefined): DeckPath {
  try {
    return commandDeckPath(flag);
  } catch (error) {
    if (error instanceof DeckPathError) throw new UsageError(error.message);
    throw error;
  }
}

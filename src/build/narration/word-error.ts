/**
 * Word error rate: how many of a script's words a listener got wrong (substituted, missed or
 * added), counted by the fewest edits that turn what was said into what was heard.
 */

/** Lower-case words without punctuation: "Drago’s cart-horse, 1985!" → drago's cart horse 1985. */
export function normalWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[-‐‑–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export interface WordErrors {
  /** Words in the reference. */
  readonly words: number;
  readonly substitutions: number;
  readonly deletions: number;
  readonly insertions: number;
}

/** The fewest substitutions, deletions and insertions that turn the reference into the hypothesis. */
export function wordErrors(reference: readonly string[], hypothesis: readonly string[]): WordErrors {
  type Cell = { cost: number; s: number; d: number; i: number };
  let row: Cell[] = hypothesis.map((_, index) => ({ cost: index + 1, s: 0, d: 0, i: index + 1 }));
  row.unshift({ cost: 0, s: 0, d: 0, i: 0 });
  for (const [r, word] of reference.entries()) {
    const next: Cell[] = [{ cost: r + 1, s: 0, d: r + 1, i: 0 }];
    for (const [h, heard] of hypothesis.entries()) {
      const diagonal = row[h] as Cell;
      const up = row[h + 1] as Cell;
      const left = next[h] as Cell;
      const same = word === heard;
      const options: Cell[] = [
        { ...diagonal, cost: diagonal.cost + (same ? 0 : 1), s: diagonal.s + (same ? 0 : 1) },
        { ...up, cost: up.cost + 1, d: up.d + 1 },
        { ...left, cost: left.cost + 1, i: left.i + 1 },
      ];
      next.push(options.reduce((best, option) => (option.cost < best.cost ? option : best)));
    }
    row = next;
  }
  const last = row.at(-1) as Cell;
  return { words: reference.length, substitutions: last.s, deletions: last.d, insertions: last.i };
}

export function errorRate(errors: WordErrors): number {
  return errors.words === 0 ? 0 : (errors.substitutions + errors.deletions + errors.insertions) / errors.words;
}

/** Adds up the errors of several passages (a deck's slides, each scored on its own). */
export function sumErrors(all: readonly WordErrors[]): WordErrors {
  return all.reduce(
    (sum, one) => ({
      words: sum.words + one.words,
      substitutions: sum.substitutions + one.substitutions,
      deletions: sum.deletions + one.deletions,
      insertions: sum.insertions + one.insertions,
    }),
    { words: 0, substitutions: 0, deletions: 0, insertions: 0 },
  );
}

/** One thing wrong with the deck: where, what, and how to fix it. */
export interface DeckProblem {
  /** The slide's id, or null for a problem with the deck as a whole. */
  readonly slideId: string | null;
  /** The slide's layout and 1-based number, when the problem belongs to a slide. */
  readonly where?: string;
  readonly problem: string;
  readonly fix: string;
}

export function formatProblem(problem: DeckProblem): string {
  const subject =
    problem.slideId === null ? 'Deck' : `Slide "${problem.slideId}"${problem.where ? ` (${problem.where})` : ''}`;
  return `${subject}: ${problem.problem}. Fix: ${problem.fix}.`;
}

/** Thrown when slide modules describe a deck that cannot be presented as written. */
export class DeckValidationError extends Error {
  override readonly name = 'DeckValidationError';
  readonly problems: readonly DeckProblem[];

  constructor(problems: readonly DeckProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The deck has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
  }
}

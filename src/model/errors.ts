/**
 * A failure the person at the keyboard can fix (a mistake in the deck, a bad option, a busy
 * port), told in one message that says what, where and the fix. Commands print the message alone;
 * it carries no stack, so a bundler or dev server that prints `error.stack` shows it alone too.
 * Anything that is not one of these is a bug, and is printed with its stack.
 */
export class FixableError extends Error {
  override readonly name: string = 'FixableError';
  /** Read by isFixable, since a class copied into another bundle (Vite's config) fails instanceof. */
  readonly fixable = true;

  constructor(message: string) {
    super(message);
    this.stack = message;
  }

  /** How Node's util.inspect (and so Vite's "error during build") prints it: the message alone. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}

/** Whether an error is a FixableError, from whichever bundle it came. */
export function isFixable(error: unknown): error is Error {
  return error instanceof Error && (error as { fixable?: unknown }).fixable === true;
}

/** One thing wrong with the deck: where, what, and how to fix it. */
export interface DeckProblem {
  /** The slide's id (empty for a slide without one), or null for a problem with the deck as a whole. */
  readonly slideId: string | null;
  /** The slide's layout and 1-based number, or the deck module's path for a problem of the deck. */
  readonly where?: string;
  readonly problem: string;
  readonly fix: string;
}

export function formatProblem(problem: DeckProblem): string {
  const where = problem.where ? ` (${problem.where})` : '';
  const subject =
    problem.slideId === null
      ? `Deck${where}`
      : problem.slideId === ''
        ? `A slide${where}`
        : `Slide "${problem.slideId}"${where}`;
  return `${subject}: ${problem.problem}. Fix: ${problem.fix}.`;
}

/**
 * Thrown when slide modules describe a deck that cannot be presented as written: one line for
 * one problem, else a count and a line each.
 */
export class DeckValidationError extends FixableError {
  override readonly name = 'DeckValidationError';
  readonly problems: readonly DeckProblem[];

  constructor(problems: readonly DeckProblem[], deckFile?: string) {
    super(formatProblems(problems, deckFile));
    this.problems = problems;
  }
}

/** Problems as a message: a single problem is its line; several follow a line that counts them. */
export function formatProblems(problems: readonly DeckProblem[], deckFile?: string): string {
  const [only] = problems;
  if (problems.length === 1 && only) return formatProblem(only);
  const deck = deckFile ? `The deck ${deckFile}` : 'The deck';
  return [`${deck} has ${problems.length} problems:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

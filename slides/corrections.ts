/**
 * Where the essay slips on a fact, and what the deck says instead. A test holds the deck to it:
 * the right form appears, and the essay's form appears only in a sentence that names the essay.
 */
export interface Correction {
  readonly id: string;
  /** What the essay says. */
  readonly essay: string;
  /** What is right, as the deck says it. */
  readonly right: string;
  /** The essay's wrong form; allowed only in a sentence that attributes it to the essay. */
  readonly wrong?: RegExp;
  /** The right form, which must appear somewhere in the deck's text or script. */
  readonly says: RegExp;
}

export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'adrian',
    essay: 'Rocky’s wife is called “Adrienne”.',
    right: 'She is Adrian, played by Talia Shire.',
    wrong: /\bAdrienne\b/,
    says: /\bAdrian, played by Talia Shire\b/,
  },
  {
    id: 'soviet-union',
    essay: 'The Cold War was between “Russia” and the United States; the villagers are “Russian”.',
    right: 'The rival was the Soviet Union; the deck says Soviet throughout.',
    wrong: /\bRussian?\b/,
    says: /\bthe Soviet Union\b/,
  },
  {
    id: 'reforms-timeline',
    essay: 'Glasnost and perestroika were already easing tensions when Rocky IV opened in 1985.',
    right:
      'Gorbachev took power in March 1985, but glasnost and perestroika became his programme from 1986 and the big reforms came in 1987, after the film opened on 27 November 1985; what did happen that month was the first Reagan–Gorbachev summit, in Geneva on 19 and 20 November.',
    says: /\bGeneva\b/,
  },
  {
    id: 'machine-than-man',
    essay: 'Drago becomes “more man than machine”.',
    right: 'The essay means the reverse: Drago becomes more machine than man.',
    wrong: /more man than machine/i,
    says: /more machine than man/i,
  },
];

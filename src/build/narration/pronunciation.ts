/**
 * How a deck tells the narration voices to say words it spells for the page. The deck supplies the
 * table (src/ holds no words of its own): what a listener should hear, and respellings per engine
 * that steer each engine's letter-to-sound rules to it.
 */
import type { NarrationEngine } from '../../narration/index.ts';

/** A written pattern (global) and what to say instead: a text, or a function of the match. */
export type SpokenForm = readonly [written: RegExp, spoken: string | ((match: string) => string)];

export interface Pronunciations {
  /**
   * What a listener should hear, in words ("Rocky IV" as "Rocky Four", years in words). Every voice
   * says these, browser voices too, and the voice bench scores what it hears against them.
   */
  readonly said: readonly SpokenForm[];
  /** Respellings applied after `said`, per engine, or for every generated voice (`any`). */
  readonly respell: Readonly<Partial<Record<NarrationEngine | 'any', readonly SpokenForm[]>>>;
}

/** The script as a voice should say it. */
export type SpokenText = (written: string) => string;

export function applyForms(text: string, forms: readonly SpokenForm[]): string {
  return forms.reduce(
    (spoken, [written, said]) =>
      typeof said === 'string' ? spoken.replace(written, said) : spoken.replace(written, (match) => said(match)),
    text,
  );
}

/** What the listener should hear, before any engine's respellings: the voice bench's reference. */
export function saidFor(pronunciations: Pronunciations): SpokenText {
  return (text) => applyForms(text, pronunciations.said);
}

/** What to give an engine to say; with no engine, what to give a browser's voice. */
export function spokenFor(pronunciations: Pronunciations, engine: NarrationEngine | null): SpokenText {
  const forms = [
    ...pronunciations.said,
    ...(pronunciations.respell.any ?? []),
    ...(engine ? (pronunciations.respell[engine] ?? []) : []),
  ];
  return (text) => applyForms(text, forms);
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0 to 99 in words: 'seven', 'fifteen', 'eighty-five'. */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) throw new RangeError(`${value} is not a whole number 0-99`);
  if (value === 0) return 'zero';
  if (value < 10) return ONES[value] ?? '';
  if (value < 20) return TEENS[value - 10] ?? '';
  const ones = value % 10;
  return `${TENS[Math.floor(value / 10)]}${ones ? `-${ONES[ones]}` : ''}`;
}

/** A year as English speakers say it: 1985 'nineteen eighty-five', 2009 'two thousand and nine', 2015 'twenty fifteen'. */
export function yearInWords(year: number): string {
  const century = Math.floor(year / 100);
  const rest = year % 100;
  if (year >= 2000 && year < 2010) return rest === 0 ? 'two thousand' : `two thousand and ${numberInWords(rest)}`;
  if (rest === 0) return `${numberInWords(century)} hundred`;
  return `${numberInWords(century)} ${rest < 10 ? `oh ${numberInWords(rest)}` : numberInWords(rest)}`;
}

/**
 * A deck's spoken forms: words its script spells for the page ("Rocky IV", "1985") and how a voice
 * should say them ("Rocky Four", "nineteen eighty-five"). Captions and the handout keep the written
 * words. An entry may be meant for one narration engine only: a respelling that steers that engine's
 * letter-to-sound rules where they go wrong, which another voice (a browser's) would say worse.
 */
import type { NarrationEngine } from '../narration/manifest.ts';

/** A written pattern (global) and what to say instead: a text, or a function of the match. */
export type SpokenForm = readonly [
  written: RegExp,
  spoken: string | ((match: string) => string),
  only?: { readonly engine: NarrationEngine },
];

/** The spoken forms of a deck, applied in order; entries for another engine are skipped. */
export type Pronunciation = readonly SpokenForm[];

/**
 * A text as a voice should say it. With no engine (a browser's voice, and the voice bench's
 * reference), only the entries meant for every voice apply.
 */
export function spokenText(text: string, pronunciation: Pronunciation, engine?: NarrationEngine): string {
  return pronunciation.reduce((spoken, [written, said, only]) => {
    if (only && only.engine !== engine) return spoken;
    return typeof said === 'string' ? spoken.replace(written, said) : spoken.replace(written, (match) => said(match));
  }, text);
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

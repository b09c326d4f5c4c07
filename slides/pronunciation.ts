/**
 * How the narration voices should say words the script spells for the page. The script writes
 * "Rocky IV" and "1985" so the handout and captions read well; a voice must say "Rocky Four" and
 * "nineteen eighty-five". Respellings per engine steer its letter-to-sound rules where they go
 * wrong (measured in docs/voice.md: each was heard by the voice bench's listener).
 */
import { type Pronunciations, type SpokenForm, spokenFor, yearInWords } from '../src/build/narration/pronunciation.ts';

/** What a listener hears, for every voice: the sequels by number, years in words. */
const SAID: readonly SpokenForm[] = [
  [/\bRocky IV\b/g, 'Rocky Four'],
  [/\bRocky III\b/g, 'Rocky Three'],
  [/\bRocky II\b/g, 'Rocky Two'],
  [/\bRocky V\b/g, 'Rocky Five'],
  [/\b(?:19|20)\d\d\b/g, (year) => yearInWords(Number(year))],
];

export const PRONUNCIATIONS: Pronunciations = {
  said: SAID,
  respell: {
    // eSpeak NG says "Dye Cola".
    'espeak-ng': [[/\bDiCola\b/g, 'Dee Cola']],
  },
};

/** The script as a browser's voice should say it (no engine's respellings). */
export const spokenText = spokenFor(PRONUNCIATIONS, null);

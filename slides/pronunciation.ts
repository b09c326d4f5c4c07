/**
 * How the narration voices should say words the script spells for the page. The script writes
 * "Rocky IV" and "1985" so the handout and captions read well; a voice must say "Rocky Four" and
 * "nineteen eighty-five". Respellings for one engine steer its letter-to-sound rules where they go
 * wrong (measured in docs/voice.md: each was heard by the voice bench's listener).
 */
import { type Pronunciation, yearInWords } from '../src/model/index.ts';

export const PRONUNCIATION: Pronunciation = [
  // What a listener hears, from every voice: the sequels by number, years in words.
  [/\bRocky IV\b/g, 'Rocky Four'],
  [/\bRocky III\b/g, 'Rocky Three'],
  [/\bRocky II\b/g, 'Rocky Two'],
  [/\bRocky V\b/g, 'Rocky Five'],
  [/\b(?:19|20)\d\d\b/g, (year) => yearInWords(Number(year))],
  // eSpeak NG says "Dye Cola".
  [/\bDiCola\b/g, 'Dee Cola', { engine: 'espeak-ng' }],
  // Flite's letter-to-sound rules say "MON-tij", "ADD-uh-niss" and "KOHN-tee"; these spellings give
  // its own "taj" (t aa zh), "mon-TAHZH", "uh-DON-iss", "KON-tee" (phone by phone with `flite -ps`).
  [/\bmontages\b/gi, "monn taj's", { engine: 'flite' }],
  [/\bmontage\b/gi, 'monn taj', { engine: 'flite' }],
  [/\bAdonis\b/g, 'a donnis', { engine: 'flite' }],
  [/\bConti\b/g, 'Kontee', { engine: 'flite' }],
];

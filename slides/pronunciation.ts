/**
 * How a narration voice should say words the script spells for the page. The script writes
 * "Rocky IV" so the handout and captions read well, but eSpeak NG says "Rocky Roman four" and
 * "Rocky vee", and "DiCola" as "Dye Cola"; narration swaps in these forms before synthesis.
 */
export const SPOKEN_FORMS: readonly (readonly [written: RegExp, spoken: string])[] = [
  [/\bRocky IV\b/g, 'Rocky Four'],
  [/\bRocky III\b/g, 'Rocky Three'],
  [/\bRocky II\b/g, 'Rocky Two'],
  [/\bRocky V\b/g, 'Rocky Five'],
  [/\bDiCola\b/g, 'Dee Cola'],
];

/** The script as a voice should say it. */
export function spokenText(text: string): string {
  return SPOKEN_FORMS.reduce((spoken, [written, said]) => spoken.replace(written, said), text);
}

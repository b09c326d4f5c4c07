/**
 * A deck's spoken forms: words its script spells for the page ("Rocky IV") and how a voice should
 * say them ("Rocky Four"). Captions and the handout keep the written words.
 */

/** A word as written, and as a voice should say it. */
export type SpokenForm = readonly [written: RegExp, spoken: string];

/** The spoken forms of a deck, applied in order. */
export type Pronunciation = readonly SpokenForm[];

/** A text as a voice should say it. */
export function spokenText(text: string, pronunciation: Pronunciation): string {
  return pronunciation.reduce((spoken, [written, said]) => spoken.replace(written, said), text);
}

/** A slide's spoken script, from the deck data the build wrote into the page (src/contract/deck-data.ts). */
import { type DeckData, readDeckData } from '../../contract/deck-data.ts';
import { timedSlideMs } from '../../narration/index.ts';

export interface SlideScript {
  /** The slide's id, which names its audio. */
  readonly id: string;
  /** 1-based number shown to people, for notices. */
  readonly number: number;
  /** Script parts: part 0 on arrival, part N as fragment step N appears. */
  readonly parts: readonly string[];
  /** Each part's caption cues. */
  readonly cues: readonly (readonly string[])[];
  /** The slide's pacing (its words at the deck's speaking pace), for captions without a voice. */
  readonly timingMs: number;
}

let pageData: DeckData | null = null;
let spokenCues: ReadonlyMap<string, string> | null = null;

/** The page's deck data, read once: it does not change while the page is open. */
export function deckData(): DeckData {
  pageData ??= readDeckData(document);
  return pageData;
}

export function readSlideScript(section: HTMLElement, number: number): SlideScript {
  const slide = deckData().slides.find((candidate) => candidate.id === section.id);
  return {
    id: section.id,
    number,
    parts: slide?.parts ?? [],
    cues: slide?.cues ?? [],
    timingMs: timedSlideMs(slide?.timingSeconds ?? 0),
  };
}

/** A caption cue as the deck says a voice should speak it ("Rocky IV" as "Rocky Four"); other text as it is. */
export function spokenText(written: string): string {
  spokenCues ??= new Map(
    deckData().slides.flatMap((slide) =>
      slide.cues.flatMap((part, index) => part.map((cue, at) => [cue, slide.spokenCues[index]?.[at] ?? cue] as const)),
    ),
  );
  return spokenCues.get(written) ?? written;
}

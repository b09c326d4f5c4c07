/** A slide's spoken script as the built page holds it: its notes, one paragraph per part. */
import { splitCues } from '../../narration/index.ts';

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

const MIN_TIMING_MS = 1000;

export function readSlideScript(section: HTMLElement, number: number): SlideScript {
  const paragraphs = [...section.querySelectorAll<HTMLElement>(':scope > aside.notes > p[data-step]')].sort(
    (a, b) => Number(a.dataset.step) - Number(b.dataset.step),
  );
  const parts = paragraphs.map(spokenText).filter((part) => part.length > 0);
  const timing = Number(section.dataset.timing);
  return {
    id: section.id,
    number,
    parts,
    cues: parts.map((part) => splitCues(part)),
    timingMs: Number.isFinite(timing) && timing > 0 ? timing * 1000 : MIN_TIMING_MS,
  };
}

/** A part's words without its presenter cue (`[step 2]`), which is not spoken. */
function spokenText(paragraph: HTMLElement): string {
  const words = [...paragraph.childNodes]
    .filter((node) => !(node instanceof HTMLElement && node.classList.contains('notes-cue')))
    .map((node) => node.textContent ?? '')
    .join('');
  return words.replace(/\s+/g, ' ').trim();
}

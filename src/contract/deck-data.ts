/**
 * The page contract: what the built page tells everything else about its deck. The build writes it
 * once, as JSON in `<script type="application/json" id="deck-data">`; the runtime (narration,
 * captions, pacing), the exporter (bookmarks, handout) and the tests read it here. Nobody reads
 * slide markup back to recover it: the markup is for people, this is for code.
 */
import { FixableError } from '../model/errors.ts';
import { spokenText } from '../model/pronunciation.ts';
import type { Deck } from '../model/types.ts';
import { splitCues } from '../narration/cues.ts';

/** The element's id in the built page. */
export const DECK_DATA_ID = 'deck-data';
/** Bumped when the shape changes, so a reader refuses a page built by another version. */
export const DECK_DATA_FORMAT = 1;

/** One slide as the code around the page needs it. */
export interface SlideData {
  /** Its `<section id>` and deep link; it names the slide's narration audio. */
  readonly id: string;
  /** 1-based, as the audience sees it. */
  readonly number: number;
  readonly section: { readonly id: string; readonly heading: string };
  /** Its name: its accessible name, PDF bookmark and handout label. */
  readonly title: string;
  readonly layout: string;
  /** Fragment steps it reveals after arriving. */
  readonly steps: number;
  /** Its script spoken at the deck's pace, for the speaker view's pacing and timed captions. */
  readonly timingSeconds: number;
  /** The spoken script by part: part 0 on arrival, part N as step N appears. */
  readonly parts: readonly string[];
  /** Each part's caption cues, in order; joined with spaces they give the part back. */
  readonly cues: readonly (readonly string[])[];
  /** The same cues as a voice should say them (the deck's spoken forms applied). */
  readonly spokenCues: readonly (readonly string[])[];
}

export interface DeckData {
  readonly format: typeof DECK_DATA_FORMAT;
  /** The deck module the page was built from, as the build was given it (e.g. `slides/index.ts`). */
  readonly deck: string;
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly lang: string;
  };
  /** Slide size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The talk's length at the deck's pace: every slide's timing summed. */
  readonly totalSeconds: number;
  readonly sections: readonly { readonly id: string; readonly heading: string }[];
  readonly slides: readonly SlideData[];
}

/** A part on the wire: its cues, and their spoken forms only where they differ (most do not). */
interface WirePart {
  readonly cues: readonly string[];
  readonly spoken?: readonly string[];
}

interface WireSlide extends Omit<SlideData, 'section' | 'parts' | 'cues' | 'spokenCues'> {
  /** The section's id; its heading is in `sections`. */
  readonly section: string;
  readonly parts: readonly WirePart[];
}

interface WireDeck extends Omit<DeckData, 'slides'> {
  readonly slides: readonly WireSlide[];
}

export class DeckDataError extends FixableError {
  override readonly name = 'DeckDataError';
}

/** The deck's data, from the validated deck. */
export function deckData(deck: Deck, deckFile: string): DeckData {
  return {
    format: DECK_DATA_FORMAT,
    deck: deckFile,
    meta: { title: deck.meta.title, subject: deck.meta.subject, author: deck.meta.author, lang: deck.meta.lang },
    width: deck.config.width,
    height: deck.config.height,
    totalSeconds: deck.totalSeconds,
    sections: deck.sections.map(({ id, heading }) => ({ id, heading })),
    slides: deck.slides.map((placed) => {
      const cues = placed.script.map((part) => splitCues(part));
      return {
        id: placed.slide.id,
        number: placed.number,
        section: { id: placed.section.id, heading: placed.section.heading },
        title: placed.label,
        layout: placed.slide.layout,
        steps: placed.fragmentSteps,
        timingSeconds: placed.timingSeconds,
        parts: placed.script,
        cues,
        // A browser's voice is none of the narration engines: it says the forms meant for every voice.
        spokenCues: cues.map((part) => part.map((cue) => spokenText(cue, deck.pronunciation))),
      };
    }),
  };
}

/**
 * The data as the text of a `<script type="application/json">`: JSON whose `<`, `>` and `&` are
 * written as \u escapes, so no note (`</script>`, `<!--`) can end the element or open markup.
 */
export function serializeDeckData(data: DeckData): string {
  const wire: WireDeck = {
    ...data,
    slides: data.slides.map(({ section, parts, cues, spokenCues, ...slide }) => {
      const joined = cues.map((part) => part.join(' '));
      // Parts travel as their cues: the page carries each sentence once, not twice.
      if (joined.some((part, index) => part !== parts[index])) {
        throw new DeckDataError(`Slide "${slide.id}": its caption cues do not join back into its script parts.`);
      }
      return {
        ...slide,
        section: section.id,
        parts: cues.map((part, index) => {
          const spoken = spokenCues[index] ?? part;
          return spoken.some((cue, at) => cue !== part[at]) ? { cues: part, spoken } : { cues: part };
        }),
      };
    }),
  };
  return JSON.stringify(wire)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The `<script>` element the build puts in the page. */
export function deckDataElement(data: DeckData): string {
  return `<script type="application/json" id="${DECK_DATA_ID}">${serializeDeckData(data)}</script>`;
}

/** Reads the data from its JSON text; `where` names the page for the message if it cannot. */
export function parseDeckData(json: string, where = 'the page'): DeckData {
  let wire: unknown;
  try {
    wire = JSON.parse(json);
  } catch (error) {
    throw contractError(where, `its deck data is not JSON (${error instanceof Error ? error.message : error})`);
  }
  const deck = record(wire, where, 'the deck data');
  if (deck.format !== DECK_DATA_FORMAT) {
    throw contractError(where, `its deck data has format ${String(deck.format)}, not ${DECK_DATA_FORMAT}`);
  }
  const meta = record(deck.meta, where, 'meta');
  const sections = list(deck.sections, where, 'sections').map((value, index) => {
    const section = record(value, where, `section ${index + 1}`);
    return { id: text(section.id, where, `section ${index + 1} id`), heading: text(section.heading, where, 'heading') };
  });
  const headings = new Map(sections.map((section) => [section.id, section.heading]));
  const slides = list(deck.slides, where, 'slides').map((value, index): SlideData => {
    const slide = record(value, where, `slide ${index + 1}`);
    const at = `slide ${index + 1}`;
    const sectionId = text(slide.section, where, `${at} section`);
    const heading = headings.get(sectionId);
    if (heading === undefined) throw contractError(where, `${at} names section "${sectionId}", which it does not list`);
    const parts = list(slide.parts, where, `${at} parts`).map((part) => record(part, where, `${at} part`));
    const cues = parts.map((part) => strings(part.cues, where, `${at} cues`));
    return {
      id: text(slide.id, where, `${at} id`),
      number: count(slide.number, where, `${at} number`),
      section: { id: sectionId, heading },
      title: text(slide.title, where, `${at} title`),
      layout: text(slide.layout, where, `${at} layout`),
      steps: count(slide.steps, where, `${at} steps`),
      timingSeconds: count(slide.timingSeconds, where, `${at} timingSeconds`),
      parts: cues.map((part) => part.join(' ')),
      cues,
      spokenCues: parts.map((part, partIndex) =>
        part.spoken === undefined ? (cues[partIndex] ?? []) : strings(part.spoken, where, `${at} spoken cues`),
      ),
    };
  });
  return {
    format: DECK_DATA_FORMAT,
    deck: text(deck.deck, where, 'deck'),
    meta: {
      title: text(meta.title, where, 'meta.title'),
      subject: text(meta.subject, where, 'meta.subject'),
      author: text(meta.author, where, 'meta.author'),
      lang: text(meta.lang, where, 'meta.lang'),
    },
    width: count(deck.width, where, 'width'),
    height: count(deck.height, where, 'height'),
    totalSeconds: count(deck.totalSeconds, where, 'totalSeconds'),
    sections,
    slides,
  };
}

/** The deck data of the page `root` belongs to (in the browser: the document). */
export function readDeckData(root: Pick<Document, 'getElementById'> = document, where = 'This page'): DeckData {
  const element = root.getElementById(DECK_DATA_ID);
  if (!element) {
    throw contractError(where, `it has no <script id="${DECK_DATA_ID}">`);
  }
  return parseDeckData(element.textContent ?? '', where);
}

/** The deck data inside a built index.html's text, or null when it has none. */
export function deckDataInHtml(html: string, where = 'index.html'): DeckData | null {
  const match = new RegExp(`<script type="application/json" id="${DECK_DATA_ID}">([^<]*)</script>`).exec(html);
  return match ? parseDeckData(match[1] ?? '', where) : null;
}

function contractError(where: string, problem: string): DeckDataError {
  return new DeckDataError(
    `${where}: ${problem}. Fix: build the deck again (npm run build) with this version of the engine.`,
  );
}

function record(value: unknown, where: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw contractError(where, `in its deck data, ${what} is not an object`);
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw contractError(where, `in its deck data, ${what} is not a list`);
  return value;
}

function text(value: unknown, where: string, what: string): string {
  if (typeof value !== 'string') throw contractError(where, `in its deck data, ${what} is not text`);
  return value;
}

function strings(value: unknown, where: string, what: string): string[] {
  return list(value, where, what).map((item) => text(item, where, what));
}

function count(value: unknown, where: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw contractError(where, `in its deck data, ${what} is not a number`);
  }
  return value;
}

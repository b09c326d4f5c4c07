import type { Slide } from '../layouts/registry.ts';
import { LAYOUTS, layoutOf } from '../layouts/registry.ts';
import { NARRATION_ENGINES } from '../narration/manifest.ts';
import type { DeckProblem } from './errors.ts';
import { outOfOrder } from './order.ts';
import {
  anyOf,
  checkFields,
  closest,
  describeValue,
  type FieldsOf,
  func,
  list,
  literal,
  object,
  optional,
  regexp,
  type ShapeContext,
  script,
  string,
  tuple,
} from './shape.ts';
import { scriptParts } from './text.ts';
import type { DeckSource, SlideBase } from './types.ts';

const SLIDE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A BCP 47 language tag as the page, the PDFs and the speech voices read it: "en", "en-GB". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Every slide's own fields; `layout` is checked against the registry. */
const SLIDE_FIELDS = { id: string(), section: string(), notes: script() } satisfies FieldsOf<SlideBase>;

/** The deck module's `deck`, less its slides (each is checked against its layout). */
const DECK_FIELDS = {
  meta: object({ title: string(), subtitle: optional(string()), author: string(), subject: string(), lang: string() }),
  // A deck may describe its sections further (the essay deck marks the essay's own headings).
  sections: list(object({ id: string(), heading: string() }, 'misspelt')),
  pronunciation: list(
    tuple(
      [regexp(), anyOf(string(), func()), optional(object({ engine: literal(...NARRATION_ENGINES) }))],
      ['written', 'spoken', 'only'],
    ),
  ),
  assets: optional(string()),
} satisfies FieldsOf<Omit<DeckSource, 'slides'>>;

const LAYOUT_NAMES = Object.keys(LAYOUTS);
/** Which layouts have a field, for a field set on a slide of a layout without it. */
const LAYOUTS_WITH_FIELD = new Map<string, string[]>();
for (const [layout, spec] of Object.entries(LAYOUTS)) {
  for (const field of Object.keys(spec.fields)) {
    LAYOUTS_WITH_FIELD.set(field, [...(LAYOUTS_WITH_FIELD.get(field) ?? []), layout]);
  }
}

export interface ValidateOptions {
  /** Tells whether a path under the deck's assets exists; asset checks are skipped without it. */
  readonly assetExists?: (path: string) => boolean;
  /** The deck module's path, for messages that say where to fix a problem. @defaultValue "the deck module" */
  readonly deckFile?: string;
}

type Report = (problem: string, fix: string) => void;

/**
 * Everything the types cannot catch, and what they would have caught had the deck been
 * typechecked (`npm run build` and `npm run dev` do not), as a list of problems (empty when the
 * deck is sound).
 */
export function validateDeck(source: DeckSource, options: ValidateOptions = {}): DeckProblem[] {
  const deckFile = options.deckFile ?? 'the deck module';
  const problems: DeckProblem[] = [];
  const deckWhere = options.deckFile ? { where: options.deckFile } : {};
  const reportDeck: Report = (problem, fix) => problems.push({ slideId: null, ...deckWhere, problem, fix });

  if (!isRecord(source)) {
    reportDeck(
      `its deck is ${describeValue(source)}, not an object`,
      `export const deck = { meta, sections, pronunciation, slides } from ${deckFile}`,
    );
    return problems;
  }
  const { slides, ...rest } = source;
  const deckShape = checkFields(rest, DECK_FIELDS, 'refuse', {
    owner: 'a deck',
    subject: 'the deck',
    report: reportDeck,
  });
  if (!Array.isArray(slides)) {
    reportDeck(
      slides === undefined
        ? 'it has no slides, which a deck needs'
        : `its slides are ${describeValue(slides)}, not a list`,
      `give it slides: [ … ], its slides in order, in ${deckFile}`,
    );
    return problems;
  }
  if (!deckShape && !(Array.isArray(source.sections) && source.sections.every(isRecord))) return problems;
  if (deckShape) {
    sectionProblems(source, deckFile, reportDeck);
    metaProblems(source, reportDeck);
    pronunciationProblems(source, reportDeck);
  }
  if (slides.length === 0) {
    reportDeck('it has no slides', `list its slides in ${deckFile}`);
    return problems;
  }
  const order = new Map(source.sections.map((section, index) => [section.id, index]));

  const firstNumberOfId = new Map<string, number>();
  const placedInSection: { index: number; section: number }[] = [];
  const reports: Report[] = [];
  slides.forEach((slide: unknown, index) => {
    const number = index + 1;
    const report = slideReport(slide, number, problems);
    reports.push(report);
    if (!isSoundSlide(slide, number, report)) return;

    if (!SLIDE_ID.test(slide.id)) {
      report(
        'its id is not kebab-case starting with a letter, so it cannot be a deep link',
        'use lowercase letters, digits and single hyphens, e.g. "two-montages-3"',
      );
    }
    const earlier = firstNumberOfId.get(slide.id);
    if (earlier === undefined) firstNumberOfId.set(slide.id, number);
    else {
      report(
        `its id is already used by slide ${earlier}`,
        'give every slide its own id (ids are deep links and must be unique)',
      );
    }

    const at = order.get(slide.section);
    if (at === undefined) {
      report(
        `its section "${slide.section}" is not one of the deck's sections (${source.sections.map((section) => section.id).join(', ')})`,
        `give it one of those, or add the section to the sections of ${deckFile}`,
      );
    } else placedInSection.push({ index, section: at });

    checkScript(slide, report);
    layoutOf(slide).check(slide, report, options);
  });
  sectionOrderProblems(source, placedInSection, reports, deckFile);

  if (deckShape) {
    for (const section of source.sections) {
      if (!slides.some((slide: unknown) => isRecord(slide) && slide.section === section.id)) {
        reportDeck(
          `section "${section.heading}" has no slides`,
          `add at least one slide with section: '${section.id}'`,
        );
      }
    }
  }
  return problems;
}

/** Reports a problem of one slide, named by its id (or its number, when it has no id). */
function slideReport(slide: unknown, number: number, problems: DeckProblem[]): Report {
  const record = isRecord(slide) ? slide : {};
  const id = typeof record.id === 'string' ? record.id : '';
  const layout = typeof record.layout === 'string' && Object.hasOwn(LAYOUTS, record.layout) ? record.layout : null;
  const where = layout ? `${layout}, slide ${number}` : `slide ${number}`;
  return (problem, fix) => problems.push({ slideId: id, where, problem, fix });
}

/**
 * Checks a slide's fields as its layout's type would: what is missing, of the wrong type, not a
 * value the layout takes, or misspelt. Only a sound slide goes on to the checks that read it.
 */
function isSoundSlide(slide: unknown, number: number, report: Report): slide is Slide {
  if (!isRecord(slide)) {
    report(
      `it is ${describeValue(slide)}, not a slide`,
      `check entry ${number} of the deck's slides (a slide imported under a name its module does not export is undefined)`,
    );
    return false;
  }
  const context: ShapeContext = { owner: 'a slide', subject: 'the slide', report };
  if (slide.layout === undefined) {
    report('it has no layout, which a slide needs', `add layout: '…', one of ${LAYOUT_NAMES.join(', ')}`);
    return false;
  }
  if (typeof slide.layout !== 'string' || !Object.hasOwn(LAYOUTS, slide.layout)) {
    const meant = typeof slide.layout === 'string' ? closest(slide.layout, LAYOUT_NAMES) : undefined;
    report(
      `its layout ${describeValue(slide.layout)} is not one of the engine's layouts (${LAYOUT_NAMES.join(', ')})`,
      `${meant ? `write layout: '${meant}'` : 'use one of those'}, or add a layout as docs/engine.md shows`,
    );
    return false;
  }
  const layout = slide.layout;
  const fields = { ...SLIDE_FIELDS, ...LAYOUTS[layout as keyof typeof LAYOUTS].fields };
  let sound = checkFields(slide, fields, 'misspelt', { ...context, owner: `a ${layout} slide` });
  for (const field of Object.keys(slide)) {
    const others = LAYOUTS_WITH_FIELD.get(field);
    if (field === 'layout' || Object.hasOwn(fields, field) || !others) continue;
    sound = false;
    const layouts = others.length === 1 ? `the ${others[0]} layout has` : `the ${listed(others)} layouts have`;
    report(
      `it has a field ${field}, which a ${layout} slide does not show (${layouts} one)`,
      others.length === 1
        ? `remove it, or give the slide the ${others[0]} layout`
        : 'remove it, or choose a layout that shows it',
    );
  }
  return sound;
}

/**
 * Slides out of their sections' order, as few as can be: the slides whose move restores the
 * order (outside a longest run that keeps it), each named with where its section is.
 */
function sectionOrderProblems(
  source: DeckSource,
  placed: readonly { index: number; section: number }[],
  reports: readonly Report[],
  deckFile: string,
): void {
  const moved = outOfOrder(placed.map((slide) => slide.section));
  const kept = placed.filter((_, at) => !moved.has(at));
  const heading = (section: number) => source.sections[section]?.heading ?? '';
  for (const at of moved) {
    const slide = placed[at];
    if (!slide) continue;
    const before =
      kept.filter((other) => other.index < slide.index).at(-1) ?? kept.find((other) => other.index > slide.index);
    const ownRange = kept.filter((other) => other.section === slide.section).map((other) => other.index + 1);
    const range =
      ownRange.length === 0
        ? ''
        : ownRange.length === 1
          ? ` (slide ${ownRange[0]} now)`
          : ` (slides ${ownRange[0]} to ${ownRange.at(-1)} now)`;
    reports[slide.index]?.(
      `it belongs to section "${heading(slide.section)}" but sits among the slides of "${heading(before?.section ?? 0)}"`,
      `move it into its own section${range} in ${deckFile}, or change its section, so the slides follow the deck's sections`,
    );
  }
}

/** Every section has its own id and a heading. */
function sectionProblems(source: DeckSource, deckFile: string, report: Report): void {
  if (source.sections.length === 0) {
    report(
      'it has no sections',
      `list the deck's sections, in order, in ${deckFile} (sections: [{ id: 'opening', heading: 'Opening' }, ...])`,
    );
  }
  const seen = new Set<string>();
  for (const section of source.sections) {
    if (seen.has(section.id)) report(`section id "${section.id}" is used twice`, 'give every section its own id');
    seen.add(section.id);
    if (section.heading.trim() === '') {
      report(
        `section "${section.id}" has no heading`,
        'give it the heading its slides, handout pages and bookmark show',
      );
    }
  }
}

/** The meta the page, the PDFs and the voices read: none of it blank, and a language tag they understand. */
function metaProblems(source: DeckSource, report: Report): void {
  const { meta } = source;
  for (const field of ['title', 'author', 'subject', 'lang'] as const) {
    if (meta[field].trim() === '') {
      report(`its meta.${field} is empty`, `write it: the page, the PDFs' metadata and the handout show it`);
    }
  }
  if (meta.lang.trim() !== '' && !LANGUAGE_TAG.test(meta.lang)) {
    report(
      `its meta.lang "${meta.lang}" is not a language tag`,
      "use a BCP 47 tag such as 'en' or 'en-GB': the page, the PDFs and the speech voices read it",
    );
  }
}

/** Spoken forms that a voice would say wrong: a pattern that replaces only its first match, or nothing to say. */
function pronunciationProblems(source: DeckSource, report: Report): void {
  source.pronunciation.forEach(([written, spoken], index) => {
    if (!written.global) {
      report(
        `its pronunciation[${index}] pattern ${written} has no g flag, so only the first match in a sentence would be said ${typeof spoken === 'string' ? `"${spoken}"` : 'as its function says'}`,
        `add the g flag: ${written}g`,
      );
    }
    if (typeof spoken === 'string' && spoken.trim() === '') {
      report(`its pronunciation[${index}] says ${written} as nothing`, 'write how a voice should say it');
    }
  });
}

function checkScript(slide: Slide, report: Report): void {
  const parts = scriptParts(slide.notes);
  parts.forEach((part, index) => {
    if (part.trim() === '') {
      const which =
        parts.length === 1 ? 'its speaker notes are empty' : `part ${index + 1} of its speaker notes is empty`;
      report(which, 'write what the presenter says aloud on this slide');
    }
  });
  const steps = layoutOf(slide).steps(slide);
  if (typeof slide.notes !== 'string' && parts.length !== steps + 1) {
    report(
      `its speaker notes have ${parts.length} parts but the slide has ${steps} fragment steps`,
      `give one part for arrival plus one per step (${steps + 1} in all), or write the notes as one string`,
    );
  }
}

/** "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

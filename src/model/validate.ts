import type { Slide } from '../layouts/registry.ts';
import { layoutOf } from '../layouts/registry.ts';
import type { DeckProblem } from './errors.ts';
import { scriptParts } from './text.ts';
import type { DeckSource } from './types.ts';

const SLIDE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface ValidateOptions {
  /** Tells whether a path under the deck's assets exists; asset checks are skipped without it. */
  readonly assetExists?: (path: string) => boolean;
  /** The deck module's path, for messages that say where to fix a problem. @defaultValue "the deck module" */
  readonly deckFile?: string;
}

type Report = (problem: string, fix: string) => void;

/** Everything the types cannot catch, as a list of problems (empty when the deck is sound). */
export function validateDeck(source: DeckSource, options: ValidateOptions = {}): DeckProblem[] {
  const deckFile = options.deckFile ?? 'the deck module';
  const problems: DeckProblem[] = sectionProblems(source, deckFile);
  if (source.slides.length === 0) {
    problems.push({
      slideId: null,
      problem: 'it has no slides',
      fix: `list its slides in ${deckFile}`,
    });
    return problems;
  }
  const order = new Map(source.sections.map((section, index) => [section.id, index]));

  const firstNumberOfId = new Map<string, number>();
  let latestSection = 0;
  source.slides.forEach((slide, index) => {
    const number = index + 1;
    const report: Report = (problem, fix) =>
      problems.push({ slideId: slide.id, where: `${slide.layout}, slide ${number}`, problem, fix });

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
    } else if (at < latestSection) {
      report(
        `it belongs to section "${source.sections[at]?.heading}" but comes after a slide of "${source.sections[latestSection]?.heading}"`,
        `move it into its section in ${deckFile}, or change its section, so the slides follow the deck's sections`,
      );
    }
    latestSection = Math.max(latestSection, at ?? 0);

    checkScript(slide, report);
    layoutOf(slide).check(slide, report, options);
  });

  for (const section of source.sections) {
    if (!source.slides.some((slide) => slide.section === section.id)) {
      problems.push({
        slideId: null,
        problem: `section "${section.heading}" has no slides`,
        fix: `add at least one slide with section: '${section.id}'`,
      });
    }
  }
  return problems;
}

/** Every section has its own id and a heading. */
function sectionProblems(source: DeckSource, deckFile: string): DeckProblem[] {
  const problems: DeckProblem[] = [];
  if (source.sections.length === 0) {
    problems.push({
      slideId: null,
      problem: 'it has no sections',
      fix: `list the deck's sections, in order, in ${deckFile} (sections: [{ id: 'opening', heading: 'Opening' }, ...])`,
    });
  }
  const seen = new Set<string>();
  for (const section of source.sections) {
    if (seen.has(section.id)) {
      problems.push({
        slideId: null,
        problem: `section id "${section.id}" is used twice`,
        fix: 'give every section its own id',
      });
    }
    seen.add(section.id);
    if (section.heading.trim() === '') {
      problems.push({
        slideId: null,
        problem: `section "${section.id}" has no heading`,
        fix: 'give it the heading its slides, handout pages and bookmark show',
      });
    }
  }
  return problems;
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

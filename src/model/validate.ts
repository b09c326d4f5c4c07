import type { Slide } from '../layouts/registry.ts';
import { layoutOf } from '../layouts/registry.ts';
import type { DeckProblem } from './errors.ts';
import { SECTIONS, sectionIndex, sectionInfo } from './sections.ts';
import { scriptParts } from './text.ts';
import type { DeckSource } from './types.ts';

const SLIDE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface ValidateOptions {
  /** Tells whether a path under `assets/` exists; asset checks are skipped without it. */
  readonly assetExists?: (path: string) => boolean;
}

type Report = (problem: string, fix: string) => void;

/** Everything the types cannot catch, as a list of problems (empty when the deck is sound). */
export function validateDeck(source: DeckSource, options: ValidateOptions = {}): DeckProblem[] {
  const problems: DeckProblem[] = [];
  if (source.slides.length === 0) {
    problems.push({
      slideId: null,
      problem: 'it has no slides',
      fix: 'add slide modules to the manifest in slides/index.ts',
    });
    return problems;
  }

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

    const order = sectionIndex(slide.section);
    if (order < latestSection) {
      const later = SECTIONS[latestSection]?.heading ?? '';
      report(
        `it belongs to section "${sectionInfo(slide.section).heading}" but comes after a slide of "${later}"`,
        'move it into its section in slides/index.ts, or change its section, so the deck follows the essay',
      );
    }
    latestSection = Math.max(latestSection, order);

    checkScript(slide, report);
    layoutOf(slide).check(slide, report, options);
  });

  for (const section of SECTIONS) {
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

import type { DeckProblem } from './errors.ts';
import { fragmentSteps } from './fragments.ts';
import { SECTIONS, sectionIndex, sectionInfo } from './sections.ts';
import { plainText, scriptParts } from './text.ts';
import type { DeckSource, FigureSource, Slide, Text, TimelineSlide, VersusSlide } from './types.ts';

const SLIDE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ASSET_PATH = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.(?:svg|png|jpe?g|webp|avif)$/;
const QUOTE_MARKS = /^["“”'‘’]|["“”'‘’]$/;

export interface ValidateOptions {
  /** Tells whether a path under `assets/` exists; asset checks are skipped without it. */
  readonly assetExists?: (path: string) => boolean;
}

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
    const report = (problem: string, fix: string) =>
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
    checkLayout(slide, report, options);
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

type Report = (problem: string, fix: string) => void;

function checkScript(slide: Slide, report: Report): void {
  const parts = scriptParts(slide.notes);
  parts.forEach((part, index) => {
    if (part.trim() === '') {
      const which =
        parts.length === 1 ? 'its speaker notes are empty' : `part ${index + 1} of its speaker notes is empty`;
      report(which, 'write what the presenter says aloud on this slide');
    }
  });
  const steps = fragmentSteps(slide);
  if (typeof slide.notes !== 'string' && parts.length !== steps + 1) {
    report(
      `its speaker notes have ${parts.length} parts but the slide has ${steps} fragment steps`,
      `give one part for arrival plus one per step (${steps + 1} in all), or write the notes as one string`,
    );
  }
}

function isBlank(text: Text | undefined): boolean {
  return text !== undefined && plainText(text).trim() === '';
}

function checkLayout(slide: Slide, report: Report, options: ValidateOptions): void {
  const required = (text: Text, field: string) => {
    if (isBlank(text)) report(`its ${field} is empty`, `write the ${field}, or choose a layout without one`);
  };
  switch (slide.layout) {
    case 'title':
      required(slide.title, 'title');
      break;
    case 'section':
      required(slide.heading, 'heading');
      break;
    case 'statement':
      required(slide.statement, 'statement');
      break;
    case 'bullets':
      required(slide.title, 'title');
      if (slide.items.length === 0) report('it has no items', 'add at least one item, or use the statement layout');
      slide.items.forEach((item, index) => {
        if (isBlank(item)) report(`item ${index + 1} is empty`, 'write the item or remove it');
      });
      break;
    case 'quote':
      if (slide.quote.trim() === '') report('its quote is empty', 'write the quoted words');
      if (QUOTE_MARKS.test(slide.quote.trim())) {
        report('its quote carries its own quotation marks', 'remove them: the quote layout adds them');
      }
      if (slide.attribution.speaker.trim() === '') {
        report('its quote has no speaker', 'say who said or wrote it in attribution.speaker');
      }
      break;
    case 'versus':
      checkVersus(slide, report);
      break;
    case 'timeline':
      checkTimeline(slide, report);
      break;
    case 'figure':
      if (slide.alt.trim().length < 10) {
        report('its alt text is missing or too short to describe the figure', 'say in alt what the figure shows');
      }
      checkFigureSource(slide.figure, report, options);
      break;
    case 'closing':
      required(slide.verdict, 'verdict');
      if (slide.source.title.trim() === '') {
        report('its source has no title', 'credit the essay by its title in source.title');
      }
      break;
  }
}

function checkVersus(slide: VersusSlide, report: Report): void {
  checkSideLabels(slide.left.label, slide.right.label, report);
  if (slide.rows.length === 0) report('it has no rows', 'add at least one row to compare');
  slide.rows.forEach((row, index) => {
    const missing = [isBlank(row.left) && slide.left.label, isBlank(row.right) && slide.right.label].filter(Boolean);
    if (missing.length > 0) {
      report(
        `every row needs both a ${slide.left.label} and a ${slide.right.label} side (row ${index + 1} has no ${missing.join(' or ')} side)`,
        'fill in both sides of the row, or remove it',
      );
    }
  });
}

function checkSideLabels(left: string, right: string, report: Report): void {
  if (left.trim() === '' || right.trim() === '') {
    report('a side has no label', 'name both sides in left.label and right.label');
  }
}

function checkTimeline(slide: TimelineSlide, report: Report): void {
  const { from, to, step } = slide.axis;
  if (!(from < to) || !(step > 0) || (to - from) / step > 40) {
    report(
      `its axis (${from} to ${to}, step ${step}) is not a usable range`,
      'set axis.from below axis.to and a step that gives at most 40 ticks',
    );
    return;
  }
  if (slide.points.length === 0) report('it has no points', 'add at least one labelled point');
  slide.points.forEach((point, index) => {
    if (point.at < from || point.at > to) {
      report(`point "${point.label}" at ${point.at} is outside the axis`, `keep points between ${from} and ${to}`);
    }
    const previous = slide.points[index - 1];
    if (previous && previous.at > point.at) {
      report(`point "${point.label}" comes before "${previous.label}" in time`, 'list points in time order');
    }
    if (point.label.trim() === '') report(`point ${index + 1} has no label`, 'label every point');
  });
  for (const span of slide.spans ?? []) {
    if (span.from < from || span.to > to || !(span.from < span.to)) {
      report(
        `span "${span.label}" (${span.from} to ${span.to}) does not fit the axis`,
        `keep spans between ${from} and ${to}`,
      );
    }
  }
}

function checkFigureSource(figure: FigureSource, report: Report, options: ValidateOptions): void {
  const path = 'svg' in figure ? figure.svg : figure.image;
  if ('svg' in figure && !path.endsWith('.svg')) {
    report(`its svg "${path}" is not an .svg file`, 'name an SVG under assets/, or use image for other formats');
    return;
  }
  if (!ASSET_PATH.test(path)) {
    report(
      `its figure path "${path}" is not a plain path inside assets/`,
      'give a lowercase relative path under assets/, such as "figures/montage-timeline.svg"',
    );
    return;
  }
  if (options.assetExists && !options.assetExists(path)) {
    report(`its figure "assets/${path}" does not exist`, 'add the file under assets/ or correct the path');
  }
}

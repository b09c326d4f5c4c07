/**
 * The mistakes suite's table: deliberately broken decks, files and command lines, each with the
 * exact message it must produce. A new check is a new row; `npm test` runs every row
 * (mistakes/mistakes.test.ts, and e2e/mistakes.spec.ts for the rows that need a browser), and
 * docs/mistakes.md lists the same rows, which a test holds it to.
 *
 * Every deck row starts from the essay deck (slides/index.ts) and changes one thing, as an author
 * would; in messages, {deck} stands for the deck module's path (slides/index.ts for the essay
 * deck itself). A row of files places them in a scratch copy of the deck's assets/ first:
 *
 *   { id: 'recording-empty', kind: 'files', what: 'An empty recording', files: { 'narration/summit.m4a': '' }, checkedBy: 'narration', message: '…' },
 */
import type { DeckSource, Slide } from '../src/model/index.ts';

interface Row {
  /** Stable, kebab-case: docs/mistakes.md names the row by it. */
  readonly id: string;
  /** The mistake in a few words, as docs/mistakes.md lists it. */
  readonly what: string;
}

/** Which code checks the deck, as the project's commands run it. */
export type CheckedBy =
  /** What `npm run build` and `npm run dev` check: the deck module loaded and validated, its figures, its glyphs. */
  | 'build'
  /** What `npm run narration` and the tests check of the narration folder, after the build's checks. */
  | 'narration';

/** The essay deck with one thing changed, checked as the build checks it. */
export interface DeckRow extends Row {
  readonly kind: 'deck';
  readonly change: (deck: DeckSource) => DeckSource;
  /** @defaultValue 'build' */
  readonly checkedBy?: CheckedBy;
  /** The whole message, every line of it. */
  readonly message: string;
}

/** Files placed in a scratch copy of the essay deck's assets/ (by path inside it), checked as the build checks them. */
export interface FilesRow extends Row {
  readonly kind: 'files';
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  /** @defaultValue 'build' */
  readonly checkedBy?: CheckedBy;
  readonly message: string;
}

/** A theme stylesheet (src/theme/<file>) changed, checked as the font subsetter reads it. */
export interface ThemeRow extends Row {
  readonly kind: 'theme';
  readonly file: string;
  readonly change: (css: string) => string;
  readonly message: string;
}

/** What a command prints and how it ends; a RegExp where the message carries measurements. */
export interface CommandOutcome {
  readonly code: number;
  /** Every line of stderr, in order. */
  readonly stderr: readonly (string | RegExp)[];
  /** Every line of stdout, in order; left out, stdout is not checked. */
  readonly stdout?: readonly (string | RegExp)[];
  /** The {out} folder is left empty: nothing written there, not even a temporary file. */
  readonly outLeftEmpty?: boolean;
}

/**
 * A command line, run as a person runs it (`npm run <command> -- args`), in the project. In args,
 * {out} is a fresh empty folder, {file} a file that is not a folder, {dist} the row's deck built
 * into a folder of its own (for --dist), {deck} the row's deck module.
 */
export interface CommandRow extends Row {
  readonly kind: 'command';
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** A deck to run it on (DECK names it), the essay deck changed; left out, the essay deck itself. */
  readonly change?: (deck: DeckSource) => DeckSource;
  /** It starts a browser, so e2e/mistakes.spec.ts runs it, where Chromium is provided. */
  readonly browser?: boolean;
  /** Ctrl-C (SIGINT to the command's process group) once a line of stdout matches this. */
  readonly interruptAfter?: RegExp;
  readonly expect: CommandOutcome;
  /** Paths in the project the command must leave exactly as they were. */
  readonly unchanged?: readonly string[];
}

/** `npm run dev` on the row's deck: what its error overlay shows on the page. */
export interface DevRow extends Row {
  readonly kind: 'dev';
  readonly change: (deck: DeckSource) => DeckSource;
  /** The overlay's message; its stack must be empty. */
  readonly overlay: string;
}

export type MistakeRow = DeckRow | FilesRow | ThemeRow | CommandRow | DevRow;

/** The deck with slide `id` changed. */
function changeSlide(id: string, change: (slide: Record<string, unknown>) => unknown) {
  return (deck: DeckSource): DeckSource => ({
    ...deck,
    slides: deck.slides.map((slide) => (slide.id === id ? (change({ ...slide }) as Slide) : slide)),
  });
}

/** The quote that loses its attribution, in the rows that run a deck with a mistake through each command. */
const WITHOUT_ATTRIBUTION = changeSlide('no-pain', without('attribution'));
const NO_ATTRIBUTION =
  'Slide "no-pain" (quote, slide 15): it has no attribution, which a quote slide needs. Fix: add attribution: { speaker: \'…\' } to the slide.';

/** The deck with slide `id` moved to just after slide `after`. */
function moveSlide(id: string, after: string) {
  return (deck: DeckSource): DeckSource => {
    const moved = deck.slides.find((slide) => slide.id === id);
    const rest = deck.slides.filter((slide) => slide.id !== id);
    const at = rest.findIndex((slide) => slide.id === after) + 1;
    return { ...deck, slides: moved ? [...rest.slice(0, at), moved, ...rest.slice(at)] : rest };
  };
}

/** A slide's field, left out. */
function without(field: string) {
  return (slide: Record<string, unknown>) => {
    const { [field]: _, ...rest } = slide;
    return rest;
  };
}

const HELP = (command: string) => `See \`npm run ${command} -- --help\`.`;

export const MISTAKES: readonly MistakeRow[] = [
  // ---- The deck's shape, as the types would check it ----------------------------------------------
  {
    id: 'quote-without-attribution',
    kind: 'deck',
    what: 'A quote slide without its attribution',
    change: WITHOUT_ATTRIBUTION,
    message: NO_ATTRIBUTION,
  },
  {
    id: 'versus-row-without-side',
    kind: 'deck',
    what: 'A versus row without its right side',
    change: changeSlide('intercut', (slide) => ({
      ...slide,
      rows: [...(slide.rows as object[]), { topic: 'Last', left: 'Drago alone' }],
    })),
    message:
      'Slide "intercut" (versus, slide 10): it has no rows[3].right, which a versus slide needs. Fix: add right: \'…\' to its rows[3].',
  },
  {
    id: 'unknown-layout',
    kind: 'deck',
    what: 'A layout the engine does not have',
    change: changeSlide('no-pain', (slide) => ({ ...slide, layout: 'quotes' })),
    message:
      'Slide "no-pain" (slide 15): its layout "quotes" is not one of the engine\'s layouts (title, section, statement, stats, bullets, quote, versus, timeline, figure, closing). Fix: write layout: \'quote\', or add a layout as docs/engine.md shows.',
  },
  {
    id: 'misspelt-field',
    kind: 'deck',
    what: 'A misspelt field',
    change: changeSlide('title', (slide) => {
      const { subtitle, ...rest } = slide;
      return { ...rest, subtitel: subtitle };
    }),
    message:
      'Slide "title" (title, slide 1): it has a field subtitel, which a title slide does not have. Fix: rename it to subtitle.',
  },
  {
    id: 'field-of-another-layout',
    kind: 'deck',
    what: 'A field of another layout',
    change: changeSlide('back-to-basics', (slide) => ({ ...slide, caption: 'Rocky in the barn' })),
    message:
      'Slide "back-to-basics" (bullets, slide 17): it has a field caption, which a bullets slide does not show (the figure layout has one). Fix: remove it, or give the slide the figure layout.',
  },
  {
    id: 'wrong-type',
    kind: 'deck',
    what: 'A field of the wrong type',
    change: changeSlide('montage-timeline', (slide) => ({
      ...slide,
      axis: { ...(slide.axis as object), step: '30' },
    })),
    message:
      'Slide "montage-timeline" (timeline, slide 9): its axis.step is "30", not a number. Fix: write axis.step as a number, e.g. 1.',
  },
  {
    id: 'value-a-layout-does-not-take',
    kind: 'deck',
    what: 'A value a layout does not take',
    change: changeSlide('intercut', (slide) => ({ ...slide, reveal: 'row' })),
    message:
      'Slide "intercut" (versus, slide 10): its reveal is "row", which a versus slide does not take. Fix: use "rows" or "cells", or leave reveal out.',
  },
  {
    id: 'slide-undefined',
    kind: 'deck',
    what: 'A slide that is undefined (imported under a name its module does not export)',
    change: (deck) => ({
      ...deck,
      slides: deck.slides.map((slide, index) => (index === 4 ? undefined : slide)) as Slide[],
    }),
    message:
      "A slide (slide 5): it is undefined, not a slide. Fix: check entry 5 of the deck's slides (a slide imported under a name its module does not export is undefined).",
  },
  {
    id: 'meta-without-lang',
    kind: 'deck',
    what: "The deck's meta without its language",
    change: (deck) => {
      const { lang: _, ...meta } = deck.meta;
      return { ...deck, meta: meta as DeckSource['meta'] };
    },
    message: "Deck ({deck}): it has no meta.lang, which a deck needs. Fix: add lang: '…' to its meta.",
  },
  {
    id: 'meta-lang-not-a-tag',
    kind: 'deck',
    what: "The deck's language written as a word, not a language tag",
    change: (deck) => ({ ...deck, meta: { ...deck.meta, lang: 'English' } }),
    message:
      "Deck ({deck}): its meta.lang \"English\" is not a language tag. Fix: use a BCP 47 tag such as 'en' or 'en-GB': the page, the PDFs and the speech voices read it.",
  },
  {
    id: 'section-without-heading',
    kind: 'deck',
    what: 'A section without its heading',
    change: (deck) => ({
      ...deck,
      sections: deck.sections.map((section) =>
        section.id === 'verdict' ? ({ id: section.id } as DeckSource['sections'][number]) : section,
      ),
    }),
    message:
      "Deck ({deck}): it has no sections[4].heading, which a deck needs. Fix: add heading: '…' to its sections[4].",
  },
  {
    id: 'spoken-form-without-g',
    kind: 'deck',
    what: 'A spoken form that would replace only its first match',
    change: (deck) => ({ ...deck, pronunciation: [[/\bRocky IV\b/, 'Rocky Four'], ...deck.pronunciation.slice(1)] }),
    message:
      'Deck ({deck}): its pronunciation[0] pattern /\\bRocky IV\\b/ has no g flag, so only the first match in a sentence would be said "Rocky Four". Fix: add the g flag: /\\bRocky IV\\b/g.',
  },

  // ---- What the types cannot catch --------------------------------------------------------------
  {
    id: 'moved-out-of-its-section',
    kind: 'deck',
    what: 'A slide moved out of its section (the slide that moved is named, not its neighbours)',
    change: moveSlide('second-song', 'november-1985'),
    message:
      'Slide "second-song" (statement, slide 8): it belongs to section "The underdog’s champion" but sits among the slides of "Two montages in one". Fix: move it into its own section (slides 13 to 17 now) in {deck}, or change its section, so the slides follow the deck\'s sections.',
  },
  {
    id: 'duplicate-id',
    kind: 'deck',
    what: 'Two slides with one id',
    change: changeSlide('summit', (slide) => ({ ...slide, id: 'no-pain' })),
    message:
      'Slide "no-pain" (figure, slide 16): its id is already used by slide 15. Fix: give every slide its own id (ids are deep links and must be unique).',
  },
  {
    id: 'id-not-a-deep-link',
    kind: 'deck',
    what: 'An id that cannot be a deep link',
    change: changeSlide('summit', (slide) => ({ ...slide, id: 'The Summit' })),
    message:
      'Slide "The Summit" (figure, slide 16): its id is not kebab-case starting with a letter, so it cannot be a deep link. Fix: use lowercase letters, digits and single hyphens, e.g. "two-montages-3".',
  },
  {
    id: 'unknown-section',
    kind: 'deck',
    what: 'A section the deck does not have',
    change: changeSlide('summit', (slide) => ({ ...slide, section: 'underdog' })),
    message:
      'Slide "summit" (figure, slide 16): its section "underdog" is not one of the deck\'s sections (opening, two-montages, underdogs-champion, best-in-series, verdict). Fix: give it one of those, or add the section to the sections of {deck}.',
  },
  {
    id: 'empty-notes',
    kind: 'deck',
    what: 'A slide with empty speaker notes',
    change: changeSlide('summit', (slide) => ({ ...slide, notes: '  ' })),
    message:
      'Slide "summit" (figure, slide 16): its speaker notes are empty. Fix: write what the presenter says aloud on this slide.',
  },
  {
    id: 'notes-parts-not-steps',
    kind: 'deck',
    what: 'Script parts that do not match the fragment steps',
    change: changeSlide('intercut', (slide) => ({ ...slide, notes: ['The first part.', 'The second part.'] })),
    message:
      'Slide "intercut" (versus, slide 10): its speaker notes have 2 parts but the slide has 6 fragment steps. Fix: give one part for arrival plus one per step (7 in all), or write the notes as one string.',
  },
  {
    id: 'blank-speaker',
    kind: 'deck',
    what: 'A quote with a blank speaker',
    change: changeSlide('no-pain', (slide) => ({ ...slide, attribution: { speaker: ' ' } })),
    message:
      'Slide "no-pain" (quote, slide 15): its quote has no speaker. Fix: say who said or wrote it in attribution.speaker.',
  },
  {
    id: 'missing-figure',
    kind: 'deck',
    what: 'A figure whose SVG is not in assets/',
    change: changeSlide('summit', (slide) => ({ ...slide, figure: { svg: 'figures/sumit.svg' } })),
    message:
      'Slide "summit" (figure, slide 16): its figure "assets/figures/sumit.svg" does not exist. Fix: add the file under assets/ or correct the path.',
  },
  {
    id: 'section-without-slides',
    kind: 'deck',
    what: 'A section with no slides',
    change: (deck) => ({ ...deck, sections: [...deck.sections, { id: 'encore', heading: 'Encore' }] }),
    message: 'Deck ({deck}): section "Encore" has no slides. Fix: add at least one slide with section: \'encore\'.',
  },

  // ---- Glyphs the deck's fonts cannot draw -------------------------------------------------------
  {
    id: 'emoji-in-a-title',
    kind: 'deck',
    what: "A character the deck's fonts cannot draw, on a slide",
    change: changeSlide('summit', (slide) => ({ ...slide, title: 'The summit 🏔' })),
    message:
      'Slide "summit" (figure, slide 16): it shows "🏔" (U+1F3D4) in "The summit 🏔", and none of the deck\'s fonts (Anton, Source Sans 3) has a glyph for it: it would be drawn in another font on screen and print as blank space. Fix: remove it or write it another way, or add a font that has it to src/theme/.',
  },
  {
    id: 'emoji-in-notes',
    kind: 'deck',
    what: "A character the deck's fonts cannot draw, in the notes (captions and the handout show them)",
    change: changeSlide('summit', (slide) => ({ ...slide, notes: 'He shouts his rival’s name across the range 😀.' })),
    message:
      'Slide "summit" (figure, slide 16): its notes say "😀" (U+1F600) in "…name across the range 😀.", and none of the deck\'s fonts (Anton, Source Sans 3) has a glyph for it: it would be drawn in another font on screen and print as blank space. Fix: remove it or write it another way, or add a font that has it to src/theme/.',
  },

  // ---- Files in assets/ --------------------------------------------------------------------------
  {
    id: 'svg-with-a-script',
    kind: 'files',
    what: 'An SVG figure with a script',
    files: {
      'figures/summit.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>',
    },
    message:
      'Asset "assets/figures/summit.svg": it contains a <script> element. Fix: figures are drawings only; remove it so the SVG can be inlined safely.',
  },
  {
    id: 'svg-with-an-event-handler',
    kind: 'files',
    what: 'An SVG figure with an inline event handler',
    files: {
      'figures/summit.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" onclick="go()"/></svg>',
    },
    message:
      'Asset "assets/figures/summit.svg": it contains an inline event handler (on...=). Fix: figures are drawings only; remove it so the SVG can be inlined safely.',
  },
  {
    id: 'svg-without-viewbox',
    kind: 'files',
    what: 'An SVG figure without a viewBox',
    files: { 'figures/summit.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>' },
    message:
      'Asset "assets/figures/summit.svg": it does not start with an <svg> element that has a viewBox. Fix: give the root <svg> a viewBox so it scales with the slide.',
  },
  {
    id: 'emoji-in-a-drawing',
    kind: 'files',
    what: "A character the deck's fonts cannot draw, in an SVG figure's text",
    files: {
      'figures/summit.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20"><text x="0" y="15">DRAGO ⚡</text></svg>',
    },
    message:
      'Slide "summit" (figure, slide 16): its drawing assets/figures/summit.svg draws "⚡" (U+26A1) in "DRAGO ⚡", and none of the deck\'s fonts (Anton, Source Sans 3) has a glyph for it: it would be drawn in another font on screen and print as blank space. Fix: remove it or write it another way, or add a font that has it to src/theme/.',
  },
  {
    id: 'recording-for-no-slide',
    kind: 'files',
    what: 'A recording named for no slide',
    files: { 'narration/sumit.m4a': 'a take' },
    checkedBy: 'narration',
    message:
      'assets/narration/sumit.m4a is named like a recording, but no slide has the id "sumit". Fix: rename it to <slide id>.<extension> (a slide id from slides/index.ts), or remove it.',
  },
  {
    id: 'recording-unplayable-format',
    kind: 'files',
    what: 'A recording in a format the deck does not play',
    files: { 'narration/summit.flac': 'a take' },
    checkedBy: 'narration',
    message:
      'assets/narration/summit.flac looks like a recording, but the deck does not play .flac files. Fix: convert it to one of mp3, m4a, ogg, opus, webm, wav (e.g. `ffmpeg -i summit.flac summit.wav`), then delete the .flac file.',
  },
  {
    id: 'recording-name-case',
    kind: 'files',
    what: 'A recording named in the wrong case',
    files: { 'narration/Summit.WAV': 'a take' },
    checkedBy: 'narration',
    message:
      'assets/narration/Summit.WAV is named like the recording of slide "summit" but not exactly (names are case-sensitive). Fix: rename it to assets/narration/summit.wav.',
  },
  {
    id: 'recording-twice',
    kind: 'files',
    what: 'Two recordings of one slide',
    files: { 'narration/summit.wav': 'a take', 'narration/summit.ogg': 'another take' },
    checkedBy: 'narration',
    message: [
      'Slide "summit" has 2 recordings: assets/narration/summit.ogg and assets/narration/summit.wav. Fix: keep the one to use and delete the other.',
      'Slide "summit": the recording assets/narration/summit.wav is not registered yet. Fix: run `npm run narration` and commit assets/narration.',
    ].join('\n'),
  },
  {
    id: 'narration-out-of-date',
    kind: 'deck',
    what: 'A script changed without rendering its narration again',
    change: changeSlide('summit', (slide) => ({
      ...slide,
      notes: 'At the top he shouts one name, and the range sends it back.',
    })),
    checkedBy: 'narration',
    message:
      'Slide "summit" (slide 16): its script or the voice settings changed, but its narration audio assets/narration/generated/summit.webm and assets/narration/generated/summit.mp3 did not. Fix: run `npm run narration` and commit assets/narration.',
  },

  // ---- The theme ---------------------------------------------------------------------------------
  {
    id: 'font-weight-pinned-wrong',
    kind: 'theme',
    what: 'A font face whose pinned weight is not its font-weight',
    file: 'fonts.css',
    change: (css) =>
      css.replace('source-sans-3-latin-wght-normal.woff2?wght=600', 'source-sans-3-latin-wght-normal.woff2?wght=650'),
    message:
      'src/theme/fonts.css: the @font-face for "@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2?wght=650" declares font-weight 600 but pins the font’s weight axis to "650". Fix: make the ?wght= value the same whole number as the face’s font-weight.',
  },

  // ---- Command lines ----------------------------------------------------------------------------
  {
    id: 'build-with-a-deck-mistake',
    kind: 'command',
    what: '`npm run build` of a deck with a mistake: the message alone, no bundler stack',
    command: 'build',
    args: ['--outDir', '{out}'],
    change: WITHOUT_ATTRIBUTION,
    expect: {
      code: 1,
      stderr: ['error during build:', NO_ATTRIBUTION],
    },
  },
  {
    id: 'deck-path-nowhere',
    kind: 'command',
    what: 'A DECK path with no deck module',
    command: 'build',
    args: ['--outDir', '{out}'],
    env: { DECK: 'examples/nope.ts' },
    expect: {
      code: 1,
      stderr: [
        /^vite: DECK=examples\/nope\.ts: there is no file \/.*\/examples\/nope\.ts\. Fix: name a deck module inside the project folder, relative to it, e\.g\. DECK=slides\/index\.ts \(or --deck slides\/index\.ts\)\.$/,
      ],
    },
  },
  {
    id: 'export-unknown-option',
    kind: 'command',
    what: 'An option the export does not have',
    command: 'export',
    args: ['--bogus'],
    expect: { code: 2, stderr: [`export: Unknown option '--bogus'. ${HELP('export')}`], stdout: [] },
  },
  {
    id: 'export-misspelt-option',
    kind: 'command',
    what: 'A misspelt export option (the option meant is named)',
    command: 'export',
    args: ['--fragmets'],
    expect: {
      code: 2,
      stderr: [`export: Unknown option '--fragmets' (did you mean --fragments?). ${HELP('export')}`],
      stdout: [],
    },
  },
  {
    id: 'export-fragments-without-slides',
    kind: 'command',
    what: '`--fragments` with `--only handout`, which prints no slides to split',
    command: 'export',
    args: ['--fragments', '--only', 'handout'],
    expect: {
      code: 2,
      stderr: [
        `export: --fragments splits the slides PDF into a page per fragment step, but --only handout writes no slides PDF. Fix: leave out --fragments, or --only handout. ${HELP('export')}`,
      ],
      stdout: [],
    },
  },
  ...(['..', '.hidden', 'talks/rocky'] as const).map(
    (name): CommandRow => ({
      id: `export-name-${name === '..' ? 'dots' : name === '.hidden' ? 'hidden' : 'with-a-folder'}`,
      kind: 'command',
      what: `\`--name ${name}\`, which is not a plain file name`,
      command: 'export',
      // Into a scratch folder, so a regression would not write into exports/.
      args: ['--name', name, '--out', '{out}'],
      expect: {
        code: 2,
        stderr: [
          `export: --name takes a file name without a folder: a letter or digit first, then letters, digits, ".", "-" and "_", not "${name}". ${HELP('export')}`,
        ],
        stdout: [],
      },
    }),
  ),
  {
    id: 'export-out-under-proc',
    kind: 'command',
    what: 'An `--out` folder that cannot be made (under /proc): refused at once, nothing made',
    command: 'export',
    args: ['--out', '/proc/deck-exports'],
    expect: {
      code: 1,
      stderr: [
        'export: The output folder /proc/deck-exports cannot be made: the folder it would go in takes no new files (a system folder such as /proc). Fix: pass --out a folder you can write to (one that does not exist yet is made).',
      ],
      stdout: [],
    },
  },
  {
    id: 'export-out-is-a-file',
    kind: 'command',
    what: 'An `--out` that is a file',
    command: 'export',
    args: ['--out', '{file}'],
    expect: {
      code: 1,
      stderr: [
        /^export: The output folder .* is a file, not a folder\. Fix: pass --out a folder you can write to \(one that does not exist yet is made\), or move that file away\.$/,
      ],
      stdout: [],
    },
  },
  {
    id: 'export-dist-not-built',
    kind: 'command',
    what: 'A `--dist` folder with no built deck',
    command: 'export',
    args: ['--dist', '{out}', '--out', '{out}'],
    expect: {
      code: 1,
      stderr: [
        /^export: .* holds no built deck \(no index\.html\)\. Fix: build it with `npm run build`, or leave --dist out\.$/,
      ],
      stdout: [],
    },
  },
  {
    id: 'export-no-browser',
    kind: 'command',
    what: 'No browser where DECK_BROWSER points',
    command: 'export',
    args: ['--out', '{out}'],
    env: { DECK_BROWSER: '/nowhere/chrome' },
    expect: {
      code: 1,
      stderr: [
        'export: DECK_BROWSER is set to "/nowhere/chrome", but no file is there. Fix: point DECK_BROWSER at a Chrome or Chromium binary, or unset it.',
      ],
      stdout: [],
    },
  },
  {
    id: 'export-deck-mistake-before-browser',
    kind: 'command',
    what: "An export of a deck with a mistake: the build's message, before any browser starts",
    command: 'export',
    args: ['--out', '{out}'],
    change: WITHOUT_ATTRIBUTION,
    expect: {
      code: 1,
      stderr: [`export: ${NO_ATTRIBUTION}`],
      stdout: [],
      outLeftEmpty: true,
    },
    unchanged: ['dist'],
  },
  {
    id: 'video-unknown-option',
    kind: 'command',
    what: 'An option the video does not have',
    command: 'video',
    args: ['--fps', '60'],
    expect: { code: 2, stderr: [`video: Unknown option '--fps'. ${HELP('video')}`], stdout: [] },
  },
  {
    id: 'video-misspelt-option',
    kind: 'command',
    what: 'A misspelt video option (the option meant is named)',
    command: 'video',
    args: ['--tranistion', 'none'],
    expect: {
      code: 2,
      stderr: [`video: Unknown option '--tranistion' (did you mean --transition?). ${HELP('video')}`],
      stdout: [],
    },
  },
  {
    id: 'video-bad-size',
    kind: 'command',
    what: 'A video `--size` it does not make',
    command: 'video',
    args: ['--size', '4k', '--out', '{out}'],
    expect: {
      code: 2,
      stderr: [`video: --size takes one of "1280x720", "1920x1080", "3840x2160", not "4k". ${HELP('video')}`],
      stdout: [],
    },
  },
  {
    id: 'video-bad-transition',
    kind: 'command',
    what: 'A video `--transition` it does not have',
    command: 'video',
    args: ['--transition', 'wipe', '--out', '{out}'],
    expect: {
      code: 2,
      stderr: [`video: --transition takes "fade" or "none", not "wipe". ${HELP('video')}`],
      stdout: [],
    },
  },
  {
    id: 'video-name-hidden',
    kind: 'command',
    what: 'A video `--name` that would make a hidden file',
    command: 'video',
    args: ['--name', '.hidden', '--out', '{out}'],
    expect: {
      code: 2,
      stderr: [
        `video: --name takes a file name without a folder: a letter or digit first, then letters, digits, ".", "-" and "_", not ".hidden". ${HELP('video')}`,
      ],
      stdout: [],
    },
  },
  {
    id: 'video-help',
    kind: 'command',
    what: '`npm run video -- --help`: the help, and nothing made',
    command: 'video',
    args: ['--help'],
    expect: { code: 0, stderr: [], stdout: [/^Usage: npm run video \[-- options\]$/, /.*/] },
  },
  {
    id: 'video-out-under-proc',
    kind: 'command',
    what: 'A video `--out` folder that cannot be made (under /proc): refused at once, nothing made',
    command: 'video',
    args: ['--out', '/proc/deck-videos'],
    expect: {
      code: 1,
      stderr: [
        'video: The output folder /proc/deck-videos cannot be made: the folder it would go in takes no new files (a system folder such as /proc). Fix: pass --out a folder you can write to (one that does not exist yet is made).',
      ],
      stdout: [],
    },
  },
  {
    id: 'video-dist-not-built',
    kind: 'command',
    what: 'A video `--dist` folder with no built deck',
    command: 'video',
    args: ['--dist', '{out}', '--out', '{out}'],
    expect: {
      code: 1,
      stderr: [
        /^video: .* holds no built deck \(no index\.html\)\. Fix: build it with `npm run build`, or leave --dist out\.$/,
      ],
      stdout: [],
    },
  },
  {
    id: 'video-no-ffmpeg',
    kind: 'command',
    what: 'No ffmpeg where DECK_FFMPEG points',
    command: 'video',
    args: ['--out', '{out}'],
    env: { DECK_FFMPEG: '/nowhere/ffmpeg' },
    expect: {
      code: 1,
      stderr: [
        'video: DECK_FFMPEG is set to "/nowhere/ffmpeg", but no ffmpeg program is there. Fix: point DECK_FFMPEG at an ffmpeg binary, or unset it to use the system\'s.',
      ],
      stdout: [],
      outLeftEmpty: true,
    },
  },
  {
    id: 'video-deck-mistake',
    kind: 'command',
    what: "A video of a deck with a mistake: the deck's message, before anything is built or started",
    command: 'video',
    args: ['--out', '{out}'],
    change: WITHOUT_ATTRIBUTION,
    expect: {
      code: 1,
      stderr: [`video: ${NO_ATTRIBUTION}`],
      stdout: [],
      outLeftEmpty: true,
    },
    unchanged: ['dist'],
  },
  {
    id: 'record-misspelt-option',
    kind: 'command',
    what: '`npm run record -- --prot 5000`: refused before any server starts',
    command: 'record',
    args: ['--prot', '5000'],
    expect: {
      code: 2,
      stderr: [`record: Unknown option '--prot' (did you mean --port?). ${HELP('record')}`],
      stdout: [],
    },
  },
  {
    id: 'record-bad-port',
    kind: 'command',
    what: 'A studio `--port` that is no port',
    command: 'record',
    args: ['--port', 'abc'],
    expect: {
      code: 2,
      stderr: [`record: --port takes a port number from 1 to 65535, not "abc". ${HELP('record')}`],
      stdout: [],
    },
  },
  {
    id: 'narration-misspelt-option',
    kind: 'command',
    what: '`npm run narration -- --chek`: refused, nothing rendered or rewritten',
    command: 'narration',
    args: ['--chek'],
    expect: {
      code: 2,
      stderr: [`narration: Unknown option '--chek' (did you mean --check?). ${HELP('narration')}`],
      stdout: [],
    },
    unchanged: ['assets/narration'],
  },
  {
    id: 'narration-unknown-option',
    kind: 'command',
    what: '`npm run narration -- --bogus`: refused, nothing rendered or rewritten',
    command: 'narration',
    args: ['--bogus'],
    expect: { code: 2, stderr: [`narration: Unknown option '--bogus'. ${HELP('narration')}`], stdout: [] },
    unchanged: ['assets/narration'],
  },
  {
    id: 'narration-help-renders-nothing',
    kind: 'command',
    what: '`npm run narration -- --help`: the help, and nothing rendered',
    command: 'narration',
    args: ['--help'],
    expect: { code: 0, stderr: [], stdout: [/^Usage: npm run narration \[-- options\]$/, /.*/] },
    unchanged: ['assets/narration'],
  },
  {
    id: 'screenshots-bad-size',
    kind: 'command',
    what: '`npm run screenshots -- --size abc`',
    command: 'screenshots',
    args: ['--size', 'abc'],
    expect: {
      code: 2,
      stderr: [
        `screenshots: --size takes a size in pixels as WIDTHxHEIGHT, each from 200 to 7680 (e.g. 1280x720 or 1024x768), not "abc". ${HELP('screenshots')}`,
      ],
      stdout: [],
    },
  },
  {
    id: 'screenshots-help',
    kind: 'command',
    what: '`npm run screenshots -- --help`: the help, and nothing taken',
    command: 'screenshots',
    args: ['--help'],
    expect: { code: 0, stderr: [], stdout: [/^Usage: npm run screenshots \[-- options\]$/, /.*/] },
  },
  {
    id: 'script-length-empty-note',
    kind: 'command',
    what: '`npm run script-length` of a deck with an empty note: its line, no stack',
    command: 'script-length',
    args: [],
    change: changeSlide('summit', (slide) => ({ ...slide, notes: '' })),
    expect: {
      code: 1,
      stderr: [
        'script-length: Slide "summit" (figure, slide 16): its speaker notes are empty. Fix: write what the presenter says aloud on this slide.',
      ],
      stdout: [],
    },
  },
  {
    id: 'test-tools-unknown-option',
    kind: 'command',
    what: 'An option the test set-up does not have',
    command: 'test:tools',
    args: ['--all'],
    expect: { code: 2, stderr: [`test:tools: Unknown option '--all'. ${HELP('test:tools')}`], stdout: [] },
  },

  // ---- The dev server --------------------------------------------------------------------------
  {
    id: 'dev-overlay-deck-mistake',
    kind: 'dev',
    what: "`npm run dev` of a deck with a mistake: the message in Vite's error overlay, no stack",
    change: changeSlide('intercut', (slide) => ({ ...slide, reveal: 'row' })),
    overlay:
      'Slide "intercut" (versus, slide 10): its reveal is "row", which a versus slide does not take. Fix: use "rows" or "cells", or leave reveal out.',
  },

  // ---- Exports that would print wrong (a browser lays the slides out) ----------------------------
  {
    id: 'export-title-over-section-label',
    kind: 'command',
    what: 'A title grown over its section label (text over text inside the slide)',
    command: 'export',
    args: ['--dist', '{dist}', '--only', 'slides', '--out', '{out}'],
    browser: true,
    change: changeSlide('the-steps', (slide) => ({
      ...slide,
      statement: `${String(slide.statement)} and then, in the film after it, ${'up and up the steps again, '.repeat(5)}`,
    })),
    expect: {
      code: 1,
      stderr: [
        'export: Nothing was exported: a problem would spoil the PDFs.',
        /^ {2}Slide 3 "the-steps": its text collides: <p\.kicker> "Where it began" runs into <p\.section-label> "Opening" \(\d+×\d+ px overlap\)\. Fix: shorten that text or give it room \(a shorter title, fewer words, a smaller figure\), so no text is drawn over other text\.$/,
      ],
    },
  },
  {
    id: 'export-runs-off-the-slide',
    kind: 'command',
    what: 'Content that runs past the slide’s edges',
    command: 'export',
    args: ['--dist', '{dist}', '--only', 'slides', '--out', '{out}'],
    browser: true,
    change: changeSlide('back-to-basics', (slide) => {
      const items = slide.items as string[];
      return {
        ...slide,
        items: [...items.slice(0, -1), `And one more thing, ${'and one more after that, '.repeat(30)}`],
      };
    }),
    expect: {
      code: 1,
      stderr: [
        'export: Nothing was exported: 2 problems would spoil the PDFs.',
        /^ {2}Slide 17 "back-to-basics": its content runs past the slide's .*bottom edge by \d+ px \(<li[^>]*> "And one more thing, .*\), so the page would cut it off\. Fix: shorten or split the slide's content so it fits 1280×720 px\.$/,
        // Centred, the slide's content grows both ways: what is at its top climbs into the section label.
        /^ {2}Slide 17 "back-to-basics": its text collides: <[^>]*> ".*" runs into <p\.section-label> "The underdog’s champion" \(\d+×\d+ px overlap\)\. Fix: .*$/,
      ],
    },
  },
  {
    id: 'export-handout-script-too-long',
    kind: 'command',
    what: 'A script too long for its handout page, even in the smallest type',
    command: 'export',
    args: ['--dist', '{dist}', '--only', 'handout', '--out', '{out}'],
    browser: true,
    change: changeSlide('summit', (slide) => ({
      ...slide,
      notes: `${String(slide.notes)} ${'He climbs, and he shouts, and the mountains answer him. '.repeat(60)}`,
    })),
    expect: {
      code: 1,
      stderr: [
        'export: Nothing was exported: a problem would spoil the PDFs.',
        /^ {2}Slide 16 "summit": its script does not fit on its handout page, even in the smallest type \(it needs \d+ px more\)\. Fix: .*\.$/,
      ],
    },
  },
  {
    id: 'export-interrupted',
    kind: 'command',
    what: 'Ctrl-C during an export: a quiet stop, no PDF replaced',
    command: 'export',
    args: ['--dist', '{dist}', '--out', '{out}'],
    browser: true,
    interruptAfter: /^export: laid out/,
    expect: { code: 130, stderr: ['export: stopped; no PDF was replaced.'], outLeftEmpty: true },
  },
  {
    id: 'video-interrupted',
    kind: 'command',
    what: 'Ctrl-C while a video is being filmed and encoded: a quiet stop, nothing replaced',
    command: 'video',
    args: ['--dist', '{dist}', '--size', '1280x720', '--force', '--out', '{out}'],
    browser: true,
    interruptAfter: /^video: stills 2\//,
    expect: { code: 130, stderr: ['video: stopped; nothing was replaced.'], outLeftEmpty: true },
  },
];

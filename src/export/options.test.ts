import { describe, expect, test } from 'vitest';
import { UsageError } from './errors.ts';
import { DEFAULT_EXPORT_OPTIONS, fileStem, HELP, parseExportArgs } from './options.ts';

describe('parseExportArgs', () => {
  test('with no options it writes both PDFs into exports/ on a free port', () => {
    expect(parseExportArgs([])).toEqual({ help: false, options: DEFAULT_EXPORT_OPTIONS });
  });

  test('reads every option', () => {
    const { options } = parseExportArgs([
      '--deck',
      'examples/engine-tour/index.ts',
      '--only',
      'slides',
      '--fragments',
      '--out',
      'print',
      '--name',
      'talk',
      '--paper',
      'letter',
      '--dist',
      'build',
      '--port',
      '4212',
    ]);
    expect(options).toEqual({
      deck: 'examples/engine-tour/index.ts',
      kinds: ['slides'],
      fragments: true,
      outDir: 'print',
      name: 'talk',
      paper: 'letter',
      distDir: 'build',
      port: 4212,
    });
  });

  test('--deck needs a path', () => {
    expect(() => parseExportArgs(['--deck', ' '])).toThrow('--deck needs a value (--deck PATH).');
  });

  test('--fragments with --only handout, which writes no slides PDF for it to split, is refused', () => {
    expect(() => parseExportArgs(['--only', 'handout', '--fragments'])).toThrow(
      '--fragments splits the slides PDF into a page per fragment step, but --only handout writes no slides PDF. Fix: leave out --fragments, or --only handout.',
    );
  });

  test('-h and --help ask for the help text, which names every option', () => {
    expect(parseExportArgs(['-h']).help).toBe(true);
    expect(parseExportArgs(['--help']).help).toBe(true);
    for (const option of [
      '--deck',
      '--only',
      '--fragments',
      '--out',
      '--name',
      '--paper',
      '--dist',
      '--port',
      '--help',
    ])
      expect(HELP).toContain(option);
  });

  test.each([
    [['--only', 'notes'], '--only takes "slides" or "handout", not "notes"'],
    [['--paper', 'a3'], '--paper takes "a4" or "letter", not "a3"'],
    [['--port', 'http'], '--port takes a port number from 1 to 65535, not "http"'],
    [['--port', '70000'], '--port takes a port number from 1 to 65535, not "70000"'],
    [['--name', '../up'], '--name takes a file name without a folder'],
    [['--name', '..'], '--name takes a file name without a folder'],
    [['--name', '.hidden'], '--name takes a file name without a folder'],
    [['--name', 'talks/rocky'], '--name takes a file name without a folder'],
    [['--landscape'], "Unknown option '--landscape'."],
    [['--frgments'], "Unknown option '--frgments' (did you mean --fragments?)."],
    [['slides.pdf'], "Unexpected argument 'slides.pdf'"],
  ])('refuses %j with a usage error that says what is wrong', (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(UsageError);
    expect(() => parseExportArgs(args)).toThrow(message);
  });
});

describe('fileStem', () => {
  test('makes a file-name stem from the deck title', () => {
    expect(fileStem('Rocky IV Has The Greatest Training Montage Of All Time')).toBe(
      'rocky-iv-has-the-greatest-training-montage-of-all-time',
    );
    expect(fileStem('  Drago vs. Balboa: “No Pain!” ')).toBe('drago-vs-balboa-no-pain');
    expect(fileStem('Café Ñandú')).toBe('cafe-nandu');
    expect(fileStem('!!!')).toBe('deck');
  });
});

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
      'handout',
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
      kinds: ['handout'],
      fragments: true,
      outDir: 'print',
      name: 'talk',
      paper: 'letter',
      distDir: 'build',
      port: 4212,
    });
  });

  test('--deck needs a path', () => {
    expect(() => parseExportArgs(['--deck', ' '])).toThrow(
      '--deck needs the path of a deck module, e.g. slides/index.ts. See `npm run export -- --help`.',
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
    [['--name', '../up'], '--name takes letters, digits'],
    [['--landscape'], "Unknown option '--landscape'"],
    [['slides.pdf'], 'Unexpected argument'],
  ])('refuses %j with a message that says what is wrong and where help is', (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(UsageError);
    expect(() => parseExportArgs(args)).toThrow(message);
    expect(() => parseExportArgs(args)).toThrow('npm run export -- --help');
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

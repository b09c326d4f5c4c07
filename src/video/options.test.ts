import { describe, expect, test } from 'vitest';
import { UsageError } from '../export/errors.ts';
import { DEFAULT_VIDEO_OPTIONS, HELP, parseVideoArgs } from './options.ts';

describe('parseVideoArgs', () => {
  test('with no options it makes a 1920x1080 video with fades into exports/, reusing the cache', () => {
    expect(parseVideoArgs([])).toEqual({ help: false, options: DEFAULT_VIDEO_OPTIONS });
    expect(DEFAULT_VIDEO_OPTIONS).toMatchObject({ size: '1920x1080', transition: 'fade', outDir: 'exports' });
  });

  test('reads every option', () => {
    const { options } = parseVideoArgs([
      '--deck',
      'examples/engine-tour/index.ts',
      '--size',
      '3840x2160',
      '--transition',
      'none',
      '--out',
      'films',
      '--name',
      'talk',
      '--force',
      '--dist',
      'build',
      '--port',
      '4252',
    ]);
    expect(options).toEqual({
      deck: 'examples/engine-tour/index.ts',
      size: '3840x2160',
      transition: 'none',
      outDir: 'films',
      name: 'talk',
      force: true,
      distDir: 'build',
      port: 4252,
    });
  });

  test('-h and --help ask for the help text, which names every option, the four files and the exit codes', () => {
    expect(parseVideoArgs(['-h']).help).toBe(true);
    for (const text of [
      '--deck PATH',
      '--size',
      '1280x720',
      '3840x2160',
      '--transition fade|none',
      '--out',
      '--name',
      '--force',
      '--dist',
      '--port',
      '--help',
      'NAME.mp4',
      'NAME.vtt, NAME.srt',
      'NAME-chapters.txt',
      'DECK_FFMPEG',
      'npm run narration',
      'Exit status',
    ])
      expect(HELP).toContain(text);
  });

  test.each([
    [['--size', '1024x768'], '--size takes 1280x720, 1920x1080, 3840x2160, not "1024x768"'],
    [['--size', 'toString'], '--size takes 1280x720, 1920x1080, 3840x2160, not "toString"'],
    [['--transition', 'wipe'], '--transition takes "fade" or "none", not "wipe"'],
    [['--port', '0'], '--port takes a port number from 1 to 65535, not "0"'],
    [['--name', 'a b'], '--name takes letters, digits'],
    [['--out', ' '], '--out needs a folder'],
    [['--deck', ''], '--deck needs the path of a deck module, e.g. slides/index.ts'],
    [['--fps', '60'], "Unknown option '--fps'"],
    [['talk.mp4'], 'Unexpected argument'],
  ])('refuses %j in one line that says what is wrong and where help is', (args, message) => {
    expect(() => parseVideoArgs(args)).toThrow(UsageError);
    expect(() => parseVideoArgs(args)).toThrow(message);
    expect(() => parseVideoArgs(args)).toThrow(/npm run video -- --help`\.$/);
  });
});

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
    [['--size', '1024x768'], '--size takes one of "1280x720", "1920x1080", "3840x2160", not "1024x768".'],
    [['--size', 'toString'], '--size takes one of "1280x720", "1920x1080", "3840x2160", not "toString".'],
    [['--transition', 'wipe'], '--transition takes "fade" or "none", not "wipe".'],
    [['--port', '0'], '--port takes a port number from 1 to 65535, not "0".'],
    [['--name', 'a b'], '--name takes a file name without a folder'],
    [['--name', '../talk'], '--name takes a file name without a folder'],
    [['--name', '.hidden'], '--name takes a file name without a folder'],
    [['--out', ' '], '--out needs a value (--out DIR).'],
    [['--deck', ''], '--deck needs a value (--deck PATH).'],
    [['--fps', '60'], "Unknown option '--fps'."],
    [['--forse'], "Unknown option '--forse' (did you mean --force?)."],
    [['--force=yes'], "Option '--force' takes no value."],
    [['talk.mp4'], "Unexpected argument 'talk.mp4': npm run video takes options only (pass them after --)."],
  ])('refuses %j with a usage error that says what is wrong', (args, message) => {
    expect(() => parseVideoArgs(args)).toThrow(UsageError);
    expect(() => parseVideoArgs(args)).toThrow(message);
  });
});

import { expect, test } from 'vitest';
import { FfmpegNotFoundError, resolveFfmpeg } from './ffmpeg.ts';

const machine = (files: readonly string[], env: NodeJS.ProcessEnv = {}) => ({
  env: { PATH: '/usr/local/bin:/usr/bin', ...env },
  executable: (path: string) => files.includes(path),
});

test('DECK_FFMPEG comes first, with the ffprobe beside it', () => {
  const found = resolveFfmpeg(
    machine(['/opt/ff/ffmpeg', '/opt/ff/ffprobe', '/usr/bin/ffmpeg', '/usr/bin/ffprobe'], {
      DECK_FFMPEG: '/opt/ff/ffmpeg',
    }),
  );
  expect(found).toEqual({ ffmpeg: '/opt/ff/ffmpeg', ffprobe: '/opt/ff/ffprobe', source: 'env' });
});

test('then the first ffmpeg and ffprobe on the PATH', () => {
  const found = resolveFfmpeg(machine(['/usr/bin/ffmpeg', '/usr/bin/ffprobe', '/usr/local/bin/ffprobe']));
  expect(found).toEqual({ ffmpeg: '/usr/bin/ffmpeg', ffprobe: '/usr/local/bin/ffprobe', source: 'system' });
});

test('a DECK_FFMPEG that points nowhere, or has no ffprobe beside it, says so and how to fix it', () => {
  expect(() => resolveFfmpeg(machine(['/usr/bin/ffmpeg'], { DECK_FFMPEG: '/nowhere/ffmpeg' }))).toThrow(
    'DECK_FFMPEG is set to "/nowhere/ffmpeg", but no ffmpeg program is there. Fix: point DECK_FFMPEG at an ffmpeg binary, or unset it to use the system\'s.',
  );
  expect(() => resolveFfmpeg(machine(['/opt/ff/ffmpeg'], { DECK_FFMPEG: '/opt/ff/ffmpeg' }))).toThrow(
    'there is no ffprobe beside it (/opt/ff/ffprobe)',
  );
});

test('no ffmpeg at all: one line with the command that installs it', () => {
  expect(() => resolveFfmpeg(machine([]))).toThrow(FfmpegNotFoundError);
  expect(() => resolveFfmpeg(machine([]))).toThrow(
    'No ffmpeg found on the PATH. Fix: run `sudo apt-get install -y ffmpeg` (Debian/Ubuntu; it brings ffprobe too), or set DECK_FFMPEG=/path/to/ffmpeg.',
  );
  expect(() => resolveFfmpeg(machine(['/usr/bin/ffmpeg']))).toThrow('No ffprobe found on the PATH.');
});

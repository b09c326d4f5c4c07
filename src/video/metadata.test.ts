import { expect, test } from 'vitest';
import { ffmetadata, mp4Language } from './metadata.ts';

test('MP4 languages are ISO 639-2 from the deck’s BCP 47 tag', () => {
  expect(mp4Language('en')).toBe('eng');
  expect(mp4Language('en-US')).toBe('eng');
  expect(mp4Language('de-CH')).toBe('deu');
  expect(mp4Language('fr')).toBe('fra');
  expect(mp4Language('yue-HK')).toBe('yue');
  expect(mp4Language('xx')).toBe('und');
  expect(mp4Language('')).toBe('und');
});

test('the FFMETADATA file carries the deck’s details and a chapter per slide, with its special characters escaped', () => {
  const text = ffmetadata({
    meta: { title: 'Rocky; IV = #1', author: 'A\\B', subject: 'Line one\nline two', lang: 'en' },
    date: '2026-12-01',
    chapters: [
      { title: 'Intro', startMs: 0, endMs: 24_532.4 },
      { title: 'A = B', startMs: 24_532.4, endMs: 30_000 },
    ],
  });
  expect(text).toBe(
    [
      ';FFMETADATA1',
      'title=Rocky\\; IV \\= \\#1',
      'artist=A\\\\B',
      'description=Line one\\',
      'line two',
      'date=2026-12-01',
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      'START=0',
      'END=24532',
      'title=Intro',
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      'START=24532',
      'END=30000',
      'title=A \\= B',
      '',
    ].join('\n'),
  );
});

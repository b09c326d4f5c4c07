import { describe, expect, test } from 'vitest';
import { chapterTitle, clock, sectionsWithOpeners, siteChapterList } from './chapters.ts';
import { OPENED_SECTION, UNOPENED_SECTION, videoSlide } from './test-fixtures.ts';

describe('chapterTitle', () => {
  const slides = [
    videoSlide({ title: 'The title', layout: 'title', section: UNOPENED_SECTION }),
    videoSlide({ title: 'What a montage does', section: UNOPENED_SECTION }),
    videoSlide({ title: 'Two montages in one', layout: 'section' }),
    videoSlide({ title: 'Machine against barn' }),
  ];
  const opened = sectionsWithOpeners(slides);

  test('slides of a section that a section slide opens carry its heading; the openers and other sections’ slides do not', () => {
    expect(opened).toEqual(new Set([OPENED_SECTION.id]));
    expect(slides.map((slide) => chapterTitle(slide, opened))).toEqual([
      'The title',
      'What a montage does',
      'Two montages in one',
      'Two montages in one — Machine against barn',
    ]);
  });

  test('a deck without section slides has chapters titled by its slides alone', () => {
    const none = sectionsWithOpeners([slides[0], slides[1], slides[3]].flatMap((slide) => (slide ? [slide] : [])));
    expect(chapterTitle(videoSlide({ title: 'Machine against barn' }), none)).toBe('Machine against barn');
  });
});

describe('siteChapterList', () => {
  const chapter = (title: string, startMs: number, endMs: number) => ({ title, startMs, endMs });

  test('writes m:ss lines from 0:00, whole seconds rounded down', () => {
    const list = siteChapterList(
      [chapter('Intro', 0, 24_532), chapter('The steps', 24_532, 63_392), chapter('The end', 63_392, 90_000)],
      90_000,
    );
    expect(list.text).toBe('0:00 Intro\n0:24 The steps\n1:03 The end\n');
    expect(list.notes).toEqual([]);
  });

  test('a slide under 10 s joins the chapter before it, and says so', () => {
    const list = siteChapterList(
      [
        chapter('One', 0, 20_000),
        chapter('Short', 20_000, 29_950),
        chapter('Two', 29_950, 60_000),
        chapter('Three', 60_000, 80_000),
      ],
      80_000,
    );
    expect(list.chapters.map((c) => [c.title, c.startMs, c.endMs])).toEqual([
      ['One', 0, 29_950],
      ['Two', 29_950, 60_000],
      ['Three', 60_000, 80_000],
    ]);
    expect(list.notes).toEqual(['"Short" lasts 9.9 s, under 10 s, so it joins the chapter before it, "One"']);
  });

  test('a short first slide takes the next one in, so the list still starts at 0:00', () => {
    const list = siteChapterList(
      [
        chapter('Title', 0, 4000),
        chapter('Next', 4000, 30_000),
        chapter('Last', 30_000, 50_000),
        chapter('End', 50_000, 70_000),
      ],
      70_000,
    );
    expect(list.text).toBe('0:00 Title\n0:30 Last\n0:50 End\n');
    expect(list.notes).toEqual(['"Title" lasts 4.0 s, under 10 s, and opens the video, so "Next" joins it']);
  });

  test('fewer than three chapters is said to be too few for a video site', () => {
    const list = siteChapterList([chapter('One', 0, 30_000), chapter('Two', 30_000, 45_000)], 45_000);
    expect(list.notes).toEqual([
      'only 2 chapters of 10 s or more: video sites want at least 3, so they will not show these',
    ]);
  });

  test('one line a chapter, a no-break space kept', () => {
    const list = siteChapterList([chapter('Rocky\u00a0IV\nagain', 0, 20_000)], 20_000);
    expect(list.text).toBe('0:00 Rocky\u00a0IV again\n');
  });
});

test('clock writes hours only from an hour on', () => {
  expect(clock(0)).toBe('0:00');
  expect(clock(59_999)).toBe('0:59');
  expect(clock(754_000)).toBe('12:34');
  expect(clock(3_723_000)).toBe('1:02:03');
});

import { describe, expect, it } from 'vitest';
import { buildDeck } from '../model/build-deck.ts';
import type { Slide } from '../model/index.ts';
import { deckOf, validSlides } from '../model/test-fixtures.ts';
import {
  DeckDataError,
  deckData,
  deckDataElement,
  deckDataInHtml,
  parseDeckData,
  serializeDeckData,
} from './deck-data.ts';

function dataOf(slides: Slide[] = validSlides()) {
  return deckData(buildDeck(deckOf(slides)), 'slides/index.ts');
}

describe('the deck data the build writes into the page', () => {
  it('reads back exactly as it was written', () => {
    const data = dataOf();
    expect(parseDeckData(serializeDeckData(data))).toEqual(data);
  });

  it('gives each slide its number, section, title, layout, steps, timing, parts and cues', () => {
    const four = dataOf().slides[3];
    expect(four).toMatchObject({
      id: 'four',
      number: 4,
      section: { id: 'best-in-series', heading: 'Why the Rocky IV montage is the best in the series' },
      title: 'Reasons',
      layout: 'bullets',
      steps: 2,
      parts: ['Two reasons.', 'The first.', 'The second.'],
      cues: [['Two reasons.'], ['The first.'], ['The second.']],
    });
    expect(four?.timingSeconds).toBeGreaterThan(0);
  });

  it('carries the spoken form of each cue the deck pronounces its own way, and the written one for captions', () => {
    const slides = validSlides();
    slides[2] = { ...slides[2], notes: 'Rocky IV opened in 1985. It was huge.' } as Slide;
    const three = parseDeckData(serializeDeckData(dataOf(slides))).slides[2];
    expect(three?.cues).toEqual([['Rocky IV opened in 1985.', 'It was huge.']]);
    expect(three?.spokenCues).toEqual([['Rocky Four opened in 1985.', 'It was huge.']]);
  });

  it('cannot be broken out of by a note: no </script>, no comment, and the note comes back as written', () => {
    const slides = validSlides();
    const note = 'Say </script><script>alert(1)</script> and <!-- this --> & that.';
    slides[0] = { ...slides[0], notes: note } as Slide;
    const element = deckDataElement(dataOf(slides));
    const body = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</script>'));
    expect(body).not.toMatch(/<|>|&/);
    expect(element.match(/<\/script/gi)).toHaveLength(1);
    expect(deckDataInHtml(`<body>${element}</body>`)?.slides[0]?.parts).toEqual([note]);
  });

  it('is found in a built page, and a page without it has none', () => {
    const data = dataOf();
    expect(deckDataInHtml(`<p>slides</p>\n${deckDataElement(data)}\n</body>`)).toEqual(data);
    expect(deckDataInHtml('<p>an old build</p>')).toBeNull();
  });

  it('refuses data of another format or shape, naming the page and the fix', () => {
    const wire = JSON.parse(serializeDeckData(dataOf()));
    expect(() => parseDeckData(JSON.stringify({ ...wire, format: 0 }), 'dist/index.html')).toThrow(
      'dist/index.html: its deck data has format 0, not 1. Fix: build the deck again (npm run build) with this version of the engine.',
    );
    const lost = { ...wire, slides: [{ ...wire.slides[0], section: 'nowhere' }] };
    expect(() => parseDeckData(JSON.stringify(lost))).toThrow(DeckDataError);
    expect(() => parseDeckData(JSON.stringify(lost))).toThrow(
      'slide 1 names section "nowhere", which it does not list',
    );
    expect(() => parseDeckData('{')).toThrow(/^the page: its deck data is not JSON/);
  });
});

import { describe, expect, it } from 'vitest';
import { type SlideEntry, searchSlides, words } from './slide-search.ts';

const SLIDES: SlideEntry[] = [
  { id: 'title', title: 'Rocky IV has the greatest training montage of all time', text: 'An essay, narrated' },
  { id: 'november-1985', title: 'A week after Geneva', text: 'Rocky IV opened on 27 November 1985' },
  { id: 'underdogs-champion', title: 'The underdog’s champion', text: 'Part 3 of 5' },
  { id: 'montage-timeline', title: 'One montage, two halves', text: 'Training Montage, Hearts on Fire' },
  { id: 'summit', title: 'The summit', text: 'Drago!' },
  { id: 'no-pain', title: '“No pain.”', text: 'Rocky, on the mountain' },
];

describe('finding the slide typed into the jump box', () => {
  it('takes a number as the slide’s number, as the deck shows it', () => {
    expect(searchSlides('2', SLIDES)).toEqual({ kind: 'found', by: 'number', slides: [1] });
    expect(searchSlides(' 6 ', SLIDES)).toEqual({ kind: 'found', by: 'number', slides: [5] });
  });

  it('takes a slide’s id, with or without the deep link’s #/', () => {
    expect(searchSlides('summit', SLIDES)).toEqual({ kind: 'found', by: 'id', slides: [4] });
    expect(searchSlides('#/Montage-Timeline', SLIDES)).toEqual({ kind: 'found', by: 'id', slides: [3] });
  });

  it('finds title words, in part and in any order, without case, accents or apostrophes', () => {
    expect(searchSlides('geneva', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [1] });
    expect(searchSlides('halves mont', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [3] });
    expect(searchSlides('underdogs', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [2] });
    expect(searchSlides('UNDERDOG’S', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [2] });
    expect(searchSlides('gèneva', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [1] });
  });

  it('lists every slide whose title matches, in deck order, before slides that only mention the words', () => {
    expect(searchSlides('montage', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [0, 3] });
    expect(searchSlides('hearts fire', SLIDES)).toEqual({ kind: 'found', by: 'text', slides: [3] });
  });

  it('a number that is no slide’s is looked for as a word, then reported', () => {
    expect(searchSlides('1985', SLIDES)).toEqual({ kind: 'found', by: 'text', slides: [1] });
    expect(searchSlides('40', SLIDES)).toEqual({ kind: 'none', query: '40', slideCount: 6 });
  });

  it('any text is safe: regular-expression characters are only characters', () => {
    for (const query of ['((', '.*', '[', '\\', '(?<', '+', 'no pain.*']) {
      expect(() => searchSlides(query, SLIDES), query).not.toThrow();
    }
    expect(searchSlides('((', SLIDES)).toEqual({ kind: 'none', query: '((', slideCount: 6 });
    expect(searchSlides('.*', SLIDES).kind).toBe('none');
    expect(searchSlides('"no pain"', SLIDES)).toEqual({ kind: 'found', by: 'title', slides: [5] });
  });

  it('an empty box finds nothing and says nothing', () => {
    expect(searchSlides('   ', SLIDES)).toEqual({ kind: 'empty' });
  });

  it('compares words as a person reads them', () => {
    expect(words('The underdog’s champion: “No pain.”')).toEqual(['the', 'underdogs', 'champion', 'no', 'pain']);
  });
});

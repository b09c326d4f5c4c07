import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck.ts';
import { deckOf, validSlides } from './test-fixtures.ts';
import { countWords } from './text.ts';
import { formatDuration, speakingSeconds } from './timing.ts';
import { DEFAULT_DECK_CONFIG } from './types.ts';

describe('pacing from the script', () => {
  it('counts spoken words, including contractions and hyphenated words', () => {
    expect(countWords("Rocky's back-to-basics training — in 1985!")).toBe(5);
    expect(countWords('  ')).toBe(0);
  });

  it('gives 150 words one minute at the default pace', () => {
    const script = [Array.from({ length: 150 }, () => 'word').join(' ')];
    expect(speakingSeconds(script, DEFAULT_DECK_CONFIG)).toBe(60);
  });

  it('never paces a slide below the minimum, so a short slide still gets a moment', () => {
    expect(speakingSeconds(['Two words.'], DEFAULT_DECK_CONFIG)).toBe(DEFAULT_DECK_CONFIG.minSlideSeconds);
  });

  it('follows the configured pace', () => {
    const script = [Array.from({ length: 100 }, () => 'word').join(' ')];
    expect(speakingSeconds(script, { ...DEFAULT_DECK_CONFIG, wordsPerMinute: 100 })).toBe(60);
  });

  it('formats durations as a speaker view does', () => {
    expect(formatDuration(605)).toBe('10:05');
    expect(formatDuration(59.6)).toBe('1:00');
  });
});

describe('building the deck', () => {
  it('numbers slides from 1, splits scripts by step and sums the talk time', () => {
    const deck = buildDeck(deckOf(validSlides()));
    expect(deck.slides.map((placed) => placed.number)).toEqual([1, 2, 3, 4, 5]);
    const bullets = deck.slides[3];
    expect(bullets?.fragmentSteps).toBe(2);
    expect(bullets?.script).toEqual(['Two reasons.', 'The first.', 'The second.']);
    expect(deck.totalSeconds).toBe(deck.slides.reduce((sum, placed) => sum + placed.timingSeconds, 0));
  });

  it('collapses stray whitespace in scripts so every reader sees the same words', () => {
    const slides = validSlides();
    slides[0] = { ...slides[0], notes: '  Welcome\n   to the\ttalk. ' } as (typeof slides)[number];
    expect(buildDeck(deckOf(slides)).slides[0]?.script).toEqual(['Welcome to the talk.']);
  });
});

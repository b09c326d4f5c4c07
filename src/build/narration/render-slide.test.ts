import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../model/index.ts';
import { deckOf, validSlides } from '../../model/test-fixtures.ts';
import type { Synthesizer } from './espeak.ts';
import { renderSlide } from './render-slide.ts';
import { NARRATION_VOICE_SETTINGS } from './voice-settings.ts';

/** A synthesizer that records what it is asked to say and gives each word 100 ms (of silence). */
function listeningSynthesizer(heard: string[]): Synthesizer {
  const sampleRateHz = 22_050;
  return {
    sampleRateHz,
    speak(text) {
      heard.push(text);
      const words = [...text.matchAll(/\S+/g)].map((match, index) => ({ offset: match.index, ms: index * 100 }));
      return { samples: new Int16Array((words.length * sampleRateHz) / 10), words };
    },
  };
}

describe('rendering one slide', () => {
  it('gives the voice the spoken forms and keeps the written words for the captions', async () => {
    const slides = validSlides();
    slides[2] = {
      ...slides[2],
      id: 'sequel',
      notes: 'Rocky IV opened in 1985. DiCola scored it.',
    } as (typeof slides)[2];
    const placed = buildDeck(deckOf(slides)).slides[2];
    if (!placed) throw new Error('the fixture deck lost its third slide');
    const heard: string[] = [];
    const spoken = (text: string) => text.replace('Rocky IV', 'Rocky Four').replace('DiCola', 'Dee Cola');
    const { timeline } = await renderSlide(placed, listeningSynthesizer(heard), NARRATION_VOICE_SETTINGS, spoken);
    expect(heard).toEqual(['Rocky Four opened in 1985. Dee Cola scored it.']);
    expect(timeline.parts[0]?.cues).toEqual([
      { text: 'Rocky IV opened in 1985.', startMs: 0, endMs: 500 },
      { text: 'DiCola scored it.', startMs: 500, endMs: 900 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { NarrationPauses } from '../../narration/index.ts';
import type { SpeechEngine, Utterance } from './engine.ts';
import { mp3DelayMs } from './mp3.ts';
import { delayTimeline, JoinError, joinUtterances, ONSET_MARGIN_MS, renderSlide } from './render-slide.ts';
import { NARRATION_VOICE_SETTINGS } from './voice-settings.ts';

const RATE = 16_000;
const PAUSES: NarrationPauses = { clauseMs: 200, sentenceMs: 500, partMs: 800, slideLeadMs: 300, slideTailMs: 400 };

/** An utterance with `leadMs` of the engine's own silence, then `wordsMs` of sound, then 150 ms more silence. */
function utterance(wordsMs: number, leadMs = 120): Utterance {
  const samples = new Int16Array(((leadMs + wordsMs + 150) * RATE) / 1000);
  samples.fill(1000, (leadMs * RATE) / 1000, ((leadMs + wordsMs) * RATE) / 1000);
  return {
    samples,
    sampleRateHz: RATE,
    segments: [
      { label: 'pau', startMs: 0, endMs: leadMs, pause: true },
      { label: 'w', startMs: leadMs, endMs: leadMs + wordsMs, pause: false },
      { label: 'pau', startMs: leadMs + wordsMs, endMs: leadMs + wordsMs + 150, pause: true },
    ],
  };
}

/** Where the sound starts again after each silence in the joined samples, in ms. */
function onsets(samples: Int16Array): number[] {
  const found: number[] = [];
  for (let index = 1; index < samples.length; index++) {
    if (samples[index] !== 0 && samples[index - 1] === 0) found.push(Math.round((index * 1000) / RATE));
  }
  return found;
}

describe('joining a slide’s cues', () => {
  const cues = [['First sentence.', 'A long one, cut at its comma,', 'and its end.'], ['Part two.']];
  const joined = joinUtterances(cues, [utterance(1000), utterance(800), utterance(600, 40), utterance(500)], PAUSES);

  it('starts each caption when its words begin, the first with the slide', () => {
    const starts = joined.timeline.parts.flatMap((part) => part.cues.map((cue) => cue.startMs));
    expect(starts[0]).toBe(0);
    expect(starts.slice(1)).toEqual(onsets(joined.samples).slice(1));
    expect(onsets(joined.samples)[0]).toBe(PAUSES.slideLeadMs);
  });

  it('cuts each engine’s own silence and puts the pause each boundary calls for', () => {
    const [one, two] = joined.timeline.parts;
    const [first, clause, rest] = one?.cues ?? [];
    // Sentence end, then a clause cut, then the next part.
    expect((clause?.startMs ?? 0) - PAUSES.slideLeadMs - 1000).toBe(PAUSES.sentenceMs);
    expect((rest?.startMs ?? 0) - (clause?.startMs ?? 0) - 800).toBe(PAUSES.clauseMs);
    expect((two?.startMs ?? 0) - (rest?.startMs ?? 0) - 600).toBe(PAUSES.partMs);
    expect(first?.endMs).toBe(clause?.startMs);
    expect(one?.endMs).toBe((rest?.startMs ?? 0) + 600 + 60);
    expect(joined.timeline.durationMs).toBe((two?.startMs ?? 0) + 500 + PAUSES.slideTailMs);
    expect(joined.samples.length).toBe((joined.timeline.durationMs * RATE) / 1000);
  });

  it('keeps a little of the sound before the first word, and refuses utterances that do not match the cues', () => {
    expect(ONSET_MARGIN_MS).toBeGreaterThan(0);
    expect(() => joinUtterances(cues, [utterance(100)], PAUSES)).toThrow(JoinError);
    expect(() => joinUtterances(cues, [utterance(100)], PAUSES)).toThrow('1 utterances were given for 4 cues');
  });

  it('moves every moment after the slide’s start by the MP3’s delay', () => {
    const later = delayTimeline(joined.timeline, 69);
    expect(later.parts[0]?.startMs).toBe(0);
    expect(later.parts[0]?.cues[0]?.startMs).toBe(0);
    expect(later.parts[0]?.cues[1]?.startMs).toBe((joined.timeline.parts[0]?.cues[1]?.startMs ?? 0) + 69);
    expect(later.durationMs).toBe(joined.timeline.durationMs + 69);
  });
});

describe('rendering one slide', () => {
  it('has the engine say each cue’s spoken form, and captions the written words', async () => {
    const heard: string[] = [];
    const engine: SpeechEngine = {
      name: 'flite',
      async speak(texts) {
        heard.push(...texts);
        return texts.map(() => utterance(700));
      },
    };
    const spoken = (text: string) => text.replace('Rocky IV', 'Rocky Four').replace('DiCola', 'Dee Cola');
    const { timeline } = await renderSlide(['Rocky IV opened in 1985. DiCola scored it.'], engine, {
      settings: NARRATION_VOICE_SETTINGS,
      spoken,
    });
    expect(heard).toEqual(['Rocky Four opened in 1985.', 'Dee Cola scored it.']);
    expect(timeline.parts[0]?.cues.map((cue) => cue.text)).toEqual(['Rocky IV opened in 1985.', 'DiCola scored it.']);
    const delay = mp3DelayMs(NARRATION_VOICE_SETTINGS.mp3);
    const expected = NARRATION_VOICE_SETTINGS.pauses.slideLeadMs + 700 + NARRATION_VOICE_SETTINGS.pauses.sentenceMs;
    expect(Math.abs((timeline.parts[0]?.cues[1]?.startMs ?? 0) - expected - delay)).toBeLessThanOrEqual(1);
  });

  it('refuses a voice that speaks below the MP3’s rate, which the encoder would make near silence of', async () => {
    const slow: SpeechEngine = {
      name: 'flite',
      async speak(texts) {
        return texts.map(() => ({ ...utterance(300), sampleRateHz: 8_000 }));
      },
    };
    await expect(
      renderSlide(['Hello there.'], slow, { settings: NARRATION_VOICE_SETTINGS, spoken: (text) => text }),
    ).rejects.toThrow("The flite voice speaks at 8000 Hz, below the MP3's 16000 Hz");
  });
});

import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDeck, type Deck, type Pronunciation, type Slide } from '../../model/index.ts';
import { deckOf, validSlides } from '../../model/test-fixtures.ts';
import { splitCues } from '../../narration/index.ts';
import { narrationProblems, readManifest } from './cache.ts';
import { speakable } from './engines/espeak-ng.ts';
import { mp3DurationMs, readMp3 } from './mp3.ts';
import { readWebmOpus } from './opus.ts';
import { renderNarration } from './render-narration.ts';
import { RELEASE_MARGIN_MS } from './render-slide.ts';
import { NARRATION_VOICES, narrationVoice } from './voice-settings.ts';

/** The default voice, saying the spoken form the test deck supplies (src/model/test-fixtures.ts). */
const PRONUNCIATION: Pronunciation = [[/\bRocky IV\b/g, 'Rocky Four']];
const NARRATION_VOICE = narrationVoice(PRONUNCIATION);

function deckWith(change?: (slides: Slide[]) => void): Deck {
  const slides = validSlides();
  change?.(slides);
  return buildDeck(deckOf(slides));
}

// Each test synthesises speech for real: a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'narration-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rendering narration', () => {
  it('renders each slide to Opus in WebM and to MP3, one timeline for both, its cues in order, parts after a gap', async () => {
    const deck = deckWith();
    const run = await renderNarration(deck, dir, NARRATION_VOICE);
    expect(run.rendered).toEqual(deck.slides.map((placed) => placed.slide.id));
    const reasons = run.manifest.slides.four;
    expect(reasons?.files.map((audio) => [audio.type, audio.file])).toEqual([
      ['audio/webm; codecs="opus"', 'generated/four.webm'],
      ['audio/mpeg', 'generated/four.mp3'],
    ]);
    const parts = reasons?.timeline.parts ?? [];
    expect(parts.map((part) => part.cues.map((cue) => cue.text))).toEqual(
      ['Two reasons.', 'The first.', 'The second.'].map((part) => splitCues(part)),
    );
    for (let index = 1; index < parts.length; index++) {
      // A part's words begin a part's pause after the last part's words end (its end keeps their release).
      const gap = (parts[index]?.startMs ?? 0) - (parts[index - 1]?.endMs ?? 0);
      expect(Math.abs(gap - (NARRATION_VOICE.settings.pauses.partMs - RELEASE_MARGIN_MS))).toBeLessThanOrEqual(2);
    }
    const mp3 = readFileSync(join(dir, 'generated/four.mp3'));
    const webm = readFileSync(join(dir, 'generated/four.webm'));
    expect([webm.length, mp3.length]).toEqual(reasons?.files.map((audio) => audio.bytes));
    expect(Math.abs((mp3DurationMs(mp3) ?? 0) - (reasons?.timeline.durationMs ?? 0))).toBeLessThan(150);
    expect(Math.abs(((await readWebmOpus(webm))?.durationMs ?? 0) - (reasons?.timeline.durationMs ?? 0))).toBeLessThan(
      150,
    );
  });

  it('renders the same script to the same bytes and timings, whatever was rendered before it', async () => {
    // Slides one and three share a script; two, said between them, is different.
    const same = 'Rocky runs up the mountain. Drago runs on a machine, with needles.';
    const deck = deckWith((slides) => {
      slides[0] = { ...(slides[0] as Slide), notes: same };
      slides[1] = { ...(slides[1] as Slide), notes: 'Hearts on Fire plays? Yes! Then the snow, and silence.' };
      slides[2] = { ...(slides[2] as Slide), notes: same };
    });
    const run = await renderNarration(deck, dir, NARRATION_VOICE);
    const first = readFileSync(join(dir, 'generated/title.mp3'));
    const again = readFileSync(join(dir, 'generated/three.mp3'));
    expect(again.equals(first), 'the second slide with the same script has the same MP3').toBe(true);
    const firstWebm = readFileSync(join(dir, 'generated/title.webm'));
    expect(readFileSync(join(dir, 'generated/three.webm')).equals(firstWebm), 'and the same WebM').toBe(true);
    expect(run.manifest.slides.three?.timeline).toEqual(run.manifest.slides.title?.timeline);

    // And a forced re-render of the whole deck changes no file.
    await renderNarration(deck, dir, NARRATION_VOICE, { force: true });
    expect(readFileSync(join(dir, 'generated/title.mp3')).equals(first), 'a forced re-render changed the MP3').toBe(
      true,
    );
    expect(
      readFileSync(join(dir, 'generated/title.webm')).equals(firstWebm),
      'a forced re-render changed the WebM',
    ).toBe(true);
    expect(readManifest(dir)).toEqual(run.manifest);
  });

  it('makes MP3 at the sample rate the voice settings declare, and mono Opus', async () => {
    const run = await renderNarration(deckWith(), dir, NARRATION_VOICE);
    for (const entry of Object.values(run.manifest.slides)) {
      const [webm, mp3] = entry.files;
      expect(readMp3(readFileSync(join(dir, mp3?.file ?? '')))?.sampleRatesHz, mp3?.file).toEqual([
        NARRATION_VOICE.settings.mp3.sampleRateHz,
      ]);
      const opus = await readWebmOpus(readFileSync(join(dir, webm?.file ?? '')));
      expect(opus && [opus.codec, opus.channels], webm?.file).toEqual(['opus', 1]);
    }
  });

  it('renders again only the slides whose script changed, and says which is stale until it does', async () => {
    await renderNarration(deckWith(), dir, NARRATION_VOICE);
    const untouched = statSync(join(dir, 'generated/title.mp3')).mtimeMs;

    const again = await renderNarration(deckWith(), dir, NARRATION_VOICE);
    expect(again.rendered).toEqual([]);
    expect(again.cached).toHaveLength(5);

    const changed = deckWith((slides) => {
      slides[2] = { ...(slides[2] as Slide), notes: 'Two new words.' };
    });
    expect(narrationProblems(changed, dir, NARRATION_VOICE)).toEqual([
      'Slide "three" (slide 3): its script or the voice settings changed, but its narration audio assets/narration/generated/three.webm and assets/narration/generated/three.mp3 did not. Fix: run `npm run narration` and commit assets/narration.',
    ]);
    const third = await renderNarration(changed, dir, NARRATION_VOICE);
    expect(third.rendered).toEqual(['three']);
    expect(statSync(join(dir, 'generated/title.mp3')).mtimeMs).toBe(untouched);
    expect(narrationProblems(changed, dir, NARRATION_VOICE)).toEqual([]);
  });

  it('renders every slide again when the voice settings change', async () => {
    await renderNarration(deckWith(), dir, NARRATION_VOICE);
    const slower = narrationVoice(PRONUNCIATION, {
      ...NARRATION_VOICES['flite-rms'],
      durationStretch: NARRATION_VOICES['flite-rms'].durationStretch + 0.1,
    });
    expect(narrationProblems(deckWith(), dir, slower)).toHaveLength(5);
    const run = await renderNarration(deckWith(), dir, slower);
    expect(run.rendered).toHaveLength(5);
  });

  it('says the spoken forms but captions the written words, and renders again when a spoken form changes', async () => {
    const sequel = deckWith((slides) => {
      slides[2] = { ...(slides[2] as Slide), notes: 'Rocky IV opened in 1985. It was the biggest of them.' };
    });
    const run = await renderNarration(sequel, dir, NARRATION_VOICE);
    const cues = run.manifest.slides.three?.timeline.parts[0]?.cues ?? [];
    expect(cues.map((cue) => cue.text)).toEqual(['Rocky IV opened in 1985.', 'It was the biggest of them.']);
    expect(cues[1]?.startMs).toBeGreaterThan(1000);

    const otherwise = { ...NARRATION_VOICE, spoken: (text: string) => text.replace('Rocky IV', 'Rocky the fourth') };
    expect(narrationProblems(sequel, dir, otherwise)).toEqual([
      'Slide "three" (slide 3): its script or the voice settings changed, but its narration audio assets/narration/generated/three.webm and assets/narration/generated/three.mp3 did not. Fix: run `npm run narration` and commit assets/narration.',
    ]);
  });

  it('removes the audio of a slide that left the deck', async () => {
    await renderNarration(deckWith(), dir, NARRATION_VOICE);
    const smaller = deckWith((slides) => {
      slides[2] = { ...(slides[2] as Slide), id: 'three-renamed' };
    });
    expect(narrationProblems(smaller, dir, NARRATION_VOICE)).toEqual(
      expect.arrayContaining([
        'assets/narration/generated/three.mp3 belongs to no slide. Fix: run `npm run narration` (it removes it).',
        'assets/narration/generated/three.webm belongs to no slide. Fix: run `npm run narration` (it removes it).',
      ]),
    );
    const run = await renderNarration(smaller, dir, NARRATION_VOICE);
    expect(run.removed).toEqual(['generated/three.mp3', 'generated/three.webm']);
    expect(run.rendered).toEqual(['three-renamed']);
    expect(readManifest(dir)?.slides.three).toBeUndefined();
  });
});

describe('recordings of a person’s voice', () => {
  it('are registered with the script they were made for, and flagged when the script changes', async () => {
    await renderNarration(deckWith(), dir, NARRATION_VOICE);
    copyFileSync(join(dir, 'generated/title.mp3'), join(dir, 'title.mp3'));
    expect(narrationProblems(deckWith(), dir, NARRATION_VOICE)).toEqual([
      'Slide "title": the recording assets/narration/title.mp3 is not registered yet. Fix: run `npm run narration` and commit assets/narration.',
    ]);
    await renderNarration(deckWith(), dir, NARRATION_VOICE);
    expect(readManifest(dir)?.recordings.title?.file).toBe('title.mp3');
    expect(narrationProblems(deckWith(), dir, NARRATION_VOICE)).toEqual([]);

    const rewritten = deckWith((slides) => {
      slides[0] = { ...(slides[0] as Slide), notes: 'A different welcome.' };
    });
    await renderNarration(rewritten, dir, NARRATION_VOICE);
    expect(narrationProblems(rewritten, dir, NARRATION_VOICE)).toEqual([
      'Slide "title": its script changed after the recording assets/narration/title.mp3 was made. Fix: record the slide again (replace the file) and run `npm run narration`, or delete the recording to use the generated voice.',
    ]);

    // A new take (different bytes) is stamped with the script as it is now.
    writeFileSync(join(dir, 'title.mp3'), readFileSync(join(dir, 'generated/two.mp3')));
    await renderNarration(rewritten, dir, NARRATION_VOICE);
    expect(narrationProblems(rewritten, dir, NARRATION_VOICE)).toEqual([]);
  });

  it('must be named for a slide id, or the check names the file and the fix', async () => {
    await renderNarration(deckWith(), dir, NARRATION_VOICE);
    writeFileSync(join(dir, 'titel.m4a'), 'x');
    expect(narrationProblems(deckWith(), dir, NARRATION_VOICE)).toEqual([
      'assets/narration/titel.m4a is named like a recording, but no slide has the id "titel". Fix: rename it to <slide id>.<extension> (a slide id from slides/index.ts), or remove it.',
    ]);
  });
});

describe('text for eSpeak NG', () => {
  it('says markup characters as words, since eSpeak reads its input as SSML', () => {
    expect(speakable('Rocky & <Drago>')).toBe('Rocky  and   Drago ');
  });
});

import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, launchOptions } from '../src/export/browser.ts';
import { narrationLog, openNarratedDeck, recordNarration, scriptCues, snapshot } from './support/narration.ts';
import { missingVoiceTools, startSoundServer } from './support/speech.ts';

// Chromium offers speech-dispatcher's voices only with this flag, and only if a sound server runs
// before it starts.
test.use({ launchOptions: { ...launchOptions(), args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'] } });

const missingTools = missingVoiceTools();
test.beforeAll(() => {
  if (missingTools) console.log(`Skipped: ${missingTools}`);
  else startSoundServer();
});

/** Chromium lists speech-dispatcher's voices slowly (tens of seconds for espeak-ng's hundreds). */
const VOICES_TIMEOUT_MS = 60_000;

test('the browser’s voice can read the deck instead: same captions, fragments and advance', async ({ page }) => {
  test.setTimeout(120_000);
  test.skip(missingTools !== null, missingTools ?? '');
  await recordNarration(page);
  await openNarratedDeck(page, '?narrationRate=16', '#/back-to-basics');
  const voice = page.getByRole('combobox', { name: 'Narration voice' });
  // The tools are there (or the test skipped above), so no voice on offer is a failure.
  await expect(voice, 'Chromium offers no speechSynthesis voice, though speech-dispatcher runs').toBeVisible({
    timeout: VOICES_TIMEOUT_MS,
  });

  const browserVoice = (await voice.locator('option').nth(1).getAttribute('value')) ?? '';
  await voice.selectOption(browserVoice);
  const speed = page.getByRole('combobox', { name: 'Narration speed' });
  await speed.selectOption('1');
  await page.getByRole('button', { name: 'Play narration' }).click();
  const speaking = () => page.evaluate(() => window.speechSynthesis.speaking);
  await expect.poll(speaking).toBe(true);
  const cues = await scriptCues(page, 'back-to-basics');
  expect((await snapshot(page)).caption).toBe(cues[0]?.[0]);

  // Pausing cancels the sentence (Chromium cannot pause speech); resuming says it again.
  await page.getByRole('button', { name: 'Pause narration' }).click();
  await expect.poll(speaking).toBe(false);
  const paused = await snapshot(page);
  expect(paused).toMatchObject({ state: 'paused', slide: 'back-to-basics', fragments: 0 });
  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect.poll(speaking).toBe(true);
  expect(await snapshot(page)).toMatchObject({ state: 'playing', slide: 'back-to-basics', caption: paused.caption });

  // Fast now: every sentence is captioned as it is said, each step appears with its part, and
  // the deck moves on.
  await speed.selectOption('16');
  await expect.poll(async () => (await snapshot(page)).slide, { timeout: 30_000 }).toBe('best-in-series');
  await page.keyboard.press('x');
  const log = await narrationLog(page);
  const captions = log.captions.filter((caption) => caption.slide === 'back-to-basics').map((caption) => caption.text);
  expect(captions).toEqual(cues.flat());
  expect(log.fragments.filter((slide) => slide === 'back-to-basics')).toHaveLength(cues.length - 1);
  // The deck's own audio stayed silent: the browser spoke instead.
  expect((await snapshot(page)).audioSrc).toBe('');
});

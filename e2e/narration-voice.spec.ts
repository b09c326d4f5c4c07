import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, launchOptions } from '../src/export/browser.ts';
import { narrationLog, openNarratedDeck, recordNarration, snapshot, spokenScript } from './narration.ts';
import { startSoundServer } from './speech.ts';

// Chromium offers speech-dispatcher's voices only with this flag, and only if a sound server runs
// before it starts.
test.use({ launchOptions: { ...launchOptions(), args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'] } });

let noSoundServer: string | null = null;
test.beforeAll(() => {
  noSoundServer = startSoundServer();
});

/** Chromium lists speech-dispatcher's voices slowly (tens of seconds for espeak-ng's hundreds). */
const VOICES_TIMEOUT_MS = 60_000;

test('the browser’s voice can read the deck instead: same captions, fragments and advance', async ({ page }) => {
  test.setTimeout(120_000);
  test.skip(noSoundServer !== null, `No browser voices on this machine: ${noSoundServer}`);
  await recordNarration(page);
  await openNarratedDeck(page, '?narrationRate=16', '#/lineage');
  const voice = page.getByRole('combobox', { name: 'Narration voice' });
  const offered = await voice.waitFor({ state: 'visible', timeout: VOICES_TIMEOUT_MS }).then(
    () => true,
    () => false,
  );
  const reason = 'Chromium lists no speechSynthesis voices here (is speech-dispatcher-espeak-ng installed?)';
  if (!offered) console.log(`Skipped: ${reason}`);
  test.skip(!offered, reason);

  const browserVoice = (await voice.locator('option').nth(1).getAttribute('value')) ?? '';
  await voice.selectOption(browserVoice);
  const speed = page.getByRole('combobox', { name: 'Narration speed' });
  await speed.selectOption('1');
  await page.getByRole('button', { name: 'Play narration' }).click();
  const speaking = () => page.evaluate(() => window.speechSynthesis.speaking);
  await expect.poll(speaking).toBe(true);
  const lineage = await spokenScript(page, 'lineage');
  expect(lineage).toContain((await snapshot(page)).caption);

  // Pausing cancels the sentence (Chromium cannot pause speech); resuming says it again.
  await page.getByRole('button', { name: 'Pause narration' }).click();
  await expect.poll(speaking).toBe(false);
  const paused = await snapshot(page);
  expect(paused).toMatchObject({ state: 'paused', slide: 'lineage' });
  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect.poll(speaking).toBe(true);
  expect(await snapshot(page)).toMatchObject({ state: 'playing', slide: 'lineage', caption: paused.caption });

  // Fast, from the slide before: its steps appear with their sentences, and the deck moves on to the end.
  await speed.selectOption('16');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'ended', { timeout: 30_000 });
  const log = await narrationLog(page);
  expect(log.slides).toEqual(['reasons', 'lineage', 'verdict']);
  const captions = log.captions.filter((caption) => caption.slide === 'reasons').map((caption) => caption.text);
  expect(captions).toEqual([
    'Three reasons.',
    'It shows two ways of life side by side.',
    'It is the longest montage the franchise ever made.',
    'And it faces the most formidable opponent Rocky ever met.',
  ]);
  expect(log.fragments.filter((slide) => slide === 'reasons')).toHaveLength(3);
  expect(log.captions.some((caption) => caption.slide === 'verdict')).toBe(true);
  // The deck's own audio stayed silent: the browser spoke instead.
  expect((await snapshot(page)).audioSrc).toBe('');
});

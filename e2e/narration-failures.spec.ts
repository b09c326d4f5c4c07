import { expect, test } from '@playwright/test';
import { AUDIO_START_LIMIT_MS } from '../src/runtime/narration/audio-voice.ts';
import { slideIds } from './support/deck.ts';
import {
  generatedAudio,
  narrationLog,
  openNarratedDeck,
  recordNarration,
  snapshot,
  spokenScript,
} from './support/narration.ts';

const FALLBACK_NOTICE =
  /^Slide \d+: its audio did not load, so (the browser’s voice reads it|it is shown as timed captions)\.$/;

test('a slide whose audio request never answers is read another way after the time limit, and narration goes on', async ({
  page,
}) => {
  // The request for one slide's audio hangs: no answer, no error.
  await page.route(generatedAudio('the-steps'), () => {});
  await recordNarration(page);
  await openNarratedDeck(page, '?narrationRate=16', '#/the-steps');
  await page.getByRole('button', { name: 'Play narration' }).click();

  const status = page.getByRole('status');
  await expect(status).toHaveText(FALLBACK_NOTICE, { timeout: AUDIO_START_LIMIT_MS + 10_000 });
  const number = (await slideIds(page)).indexOf('the-steps') + 1;
  await expect(status).toContainText(`Slide ${number}:`);
  // Its words are still shown, and the deck moves on to a slide whose audio plays.
  await expect.poll(async () => (await snapshot(page)).slide, { timeout: 30_000 }).not.toBe('the-steps');
  await expect.poll(async () => (await snapshot(page)).audioTime).toBeGreaterThan(0.2);
  const script = await spokenScript(page, 'the-steps');
  const captions = (await narrationLog(page)).captions.filter((caption) => caption.slide === 'the-steps');
  expect(captions.length).toBeGreaterThan(0);
  for (const caption of captions) expect(script).toContain(caption.text);
});

test('the notice about a slide read another way stays through pause and play while that slide is said', async ({
  page,
}) => {
  await page.route(generatedAudio('two-montages'), (route) => route.fulfill({ status: 404, body: '' }));
  await openNarratedDeck(page, '', '#/two-montages');
  await page.getByRole('button', { name: 'Play narration' }).click();
  const status = page.getByRole('status');
  await expect(status).toHaveText(FALLBACK_NOTICE);
  const notice = await status.textContent();

  await page.getByRole('button', { name: 'Pause narration' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'paused');
  await expect(status).toHaveText(notice ?? 'a notice');
  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'playing');
  await expect(status).toHaveText(notice ?? 'a notice');
  expect((await snapshot(page)).slide).toBe('two-montages');
});

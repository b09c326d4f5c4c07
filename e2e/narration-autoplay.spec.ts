import { expect, test } from '@playwright/test';
import { snapshot } from './support/narration.ts';

// Playwright's page queries and trace snapshots count as a person's action: a trace would let the
// browser start the sound this test needs refused.
test.use({ trace: 'off' });

test('when the browser refuses to start sound, the control says so and waits for a press', async ({ page }) => {
  // A click from a script is no person's action, so Chromium refuses play(). Nothing queries the
  // page until it reports its state.
  await page.addInitScript(() => {
    const waiting = setInterval(() => {
      const button = document.querySelector<HTMLButtonElement>('.deck-narration-play');
      if (!button || !window.Reveal?.isReady()) return;
      clearInterval(waiting);
      new MutationObserver(() => console.log(`narration:${document.documentElement.dataset.narration}`)).observe(
        document.documentElement,
        { attributeFilter: ['data-narration'] },
      );
      button.click();
    }, 20);
  });
  const refused = page.waitForEvent('console', (message) => message.text() === 'narration:blocked');
  await page.goto('./?narrationRate=16');
  await refused;
  await expect(page.getByRole('status')).toHaveText(
    'The browser did not allow sound to start. Press Play narration (or R) to start it.',
  );
  await expect(page.getByRole('button', { name: 'Play narration' })).toBeVisible();
  expect((await snapshot(page)).audioPaused).toBe(true);

  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect.poll(async () => (await snapshot(page)).audioTime).toBeGreaterThan(0.3);
  await expect(page.locator('.deck-narration-status')).toBeEmpty();
});

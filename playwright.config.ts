import { defineConfig } from '@playwright/test';
import { launchOptions } from './src/export/browser.ts';

/** Port of the preview server the browser tests use; set DECK_TEST_PORT when 4173 is taken. */
const PORT = Number(process.env.DECK_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]] : 'list',
  // Several tests walk all 26 slides (axe, layout, policy); on two busy cores that takes a while.
  timeout: 60_000,
  // The speaker view loads the deck twice more in its previews; on 2 busy cores that can take seconds.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    // The tests look at the built deck, the one people are shown.
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

/**
 * What went wrong loading the deck in the browser, as slide problems: files the page asked for and
 * did not get, named by the slide that uses them. Shared by the PDF export and the video.
 */
import type { Page } from '@playwright/test';
import type { DeckData } from '../contract/deck-data.ts';
import type { SlideProblem } from './errors.ts';
import { slidesUsing } from './page-scripts.ts';

/** URLs the page asked for and did not get (network errors and HTTP errors alike); watch before loading. */
export function watchFailedRequests(page: Page): Map<string, string> {
  const failed = new Map<string, string>();
  page.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? 'failed'));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.set(response.url(), `HTTP ${response.status()}`);
  });
  return failed;
}

/**
 * One problem per failed URL, naming the slide that asked for it, numbered as the deck data numbers
 * it; `again` is how to retry ("export again").
 */
export async function assetProblems(
  page: Page,
  data: DeckData,
  failed: ReadonlyMap<string, string>,
  again = 'export again',
): Promise<SlideProblem[]> {
  if (failed.size === 0) return [];
  const users = await page.evaluate(slidesUsing, [...failed.keys()]);
  return [...failed].map(([url, reason]) => {
    const asset = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
    const user = users[url] ?? null;
    return {
      slideId: user,
      slideNumber: data.slides.find((slide) => slide.id === user)?.number ?? null,
      problem: `${asset} did not load (${reason})`,
      fix: user
        ? `put the file under assets/ (or correct its path), then build and ${again}`
        : `rebuild the deck with \`npm run build\` (the built files and the page disagree), then ${again}`,
    };
  });
}

/** Each problem once, in the order first found. */
export function dedupeProblems(problems: readonly SlideProblem[]): SlideProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.slideId} ${problem.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

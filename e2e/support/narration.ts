import { expect, type Page } from '@playwright/test';
import { slideData } from './deck-data.ts';

/** What a viewer of the narrated deck can notice, read in one go. */
export interface NarrationSnapshot {
  readonly state: string;
  readonly slide: string;
  readonly fragments: number;
  readonly caption: string;
  readonly captionsShown: boolean;
  readonly status: string;
  readonly audioTime: number;
  readonly audioPaused: boolean;
  readonly audioRate: number;
  readonly audioSrc: string;
}

export function snapshot(page: Page): Promise<NarrationSnapshot> {
  return page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('.deck-narration audio');
    const captions = document.querySelector<HTMLElement>('.deck-captions');
    return {
      state: document.documentElement.dataset.narration ?? 'idle',
      slide: window.Reveal?.getCurrentSlide()?.id ?? '',
      fragments: document.querySelectorAll('.reveal .slides > section.present .fragment.visible').length,
      caption: document.querySelector('.deck-captions-text')?.textContent ?? '',
      captionsShown: Boolean(captions && !captions.hidden),
      status: document.querySelector('.deck-narration-status')?.textContent ?? '',
      audioTime: audio?.currentTime ?? 0,
      audioPaused: audio?.paused ?? true,
      audioRate: audio?.playbackRate ?? 0,
      audioSrc: audio?.getAttribute('src') ?? '',
    };
  });
}

/**
 * Records, from the page's start, every slide reached and every caption shown. Installed as an
 * init script, so nothing runs as a user gesture before the test's real click.
 */
export async function recordNarration(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = {
      slides: [] as string[],
      fragments: [] as string[],
      captions: [] as { slide: string; text: string }[],
      notices: [] as string[],
    };
    (window as unknown as { narrationLog: typeof log }).narrationLog = log;
    let lastCaption = '';
    let lastNotice = '';
    new MutationObserver(() => {
      const text = document.querySelector('.deck-captions-text')?.textContent ?? '';
      if (text && text !== lastCaption) {
        log.captions.push({ slide: window.Reveal?.getCurrentSlide()?.id ?? '', text });
      }
      lastCaption = text;
      const notice = document.querySelector('.deck-narration-status')?.textContent ?? '';
      if (notice && notice !== lastNotice) log.notices.push(notice);
      lastNotice = notice;
    }).observe(document, { subtree: true, childList: true, characterData: true });
    const waitForDeck = setInterval(() => {
      if (!window.Reveal?.isReady()) return;
      clearInterval(waitForDeck);
      const current = () => window.Reveal?.getCurrentSlide()?.id ?? '';
      window.Reveal.on('slidechanged', () => log.slides.push(current()));
      window.Reveal.on('fragmentshown', () => log.fragments.push(current()));
    }, 10);
  });
}

export interface NarrationLog {
  readonly slides: string[];
  readonly fragments: string[];
  readonly captions: { slide: string; text: string }[];
  readonly notices: string[];
}

export function narrationLog(page: Page): Promise<NarrationLog> {
  return page.evaluate(() => (window as unknown as { narrationLog: NarrationLog }).narrationLog);
}

/** A slide's spoken script as the page's deck data holds it, its parts in one text. */
export async function spokenScript(page: Page, id: string): Promise<string> {
  return (await slideData(page, id)).parts.join(' ');
}

/** Opens the deck and waits until its narration control is there, without evaluating anything in the page. */
export async function openNarratedDeck(page: Page, query: string, hash = ''): Promise<void> {
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(`./${query}${hash}`);
  await expect(page.getByRole('button', { name: 'Play narration' })).toBeVisible();
  await expect(page.locator('.reveal.ready')).toHaveCount(1);
}

/** A slide's script parts, each as the cues captions show, from the page's deck data. */
export async function scriptCues(page: Page, id: string): Promise<string[][]> {
  return (await slideData(page, id)).cues.map((part) => [...part]);
}

/** A slide's generated audio as the built deck names it (`two-montages-<hash>.webm`, or `.mp3`), in either format. */
export function generatedAudio(id: string): RegExp {
  return new RegExp(`/${id}-[^/]*\\.(webm|mp3)$`);
}

/** Makes the page's browser answer that it cannot play Opus, as a browser without it does. */
export async function withoutOpus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const canPlayType = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = function (type: string) {
      return /opus|webm/i.test(type) ? '' : canPlayType.call(this, type);
    };
  });
}

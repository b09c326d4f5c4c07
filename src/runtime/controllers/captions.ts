/**
 * The narration band below the slide: captions (the sentence being narrated) and the narration's
 * notices (a slide read another way, sound refused, the end). The deck is scaled into the room
 * above the band, so neither ever covers a slide. Captions are on by default; C or the CC button
 * turns them off and on. The band keeps room for the longest caption of the deck at the window's
 * size, so every caption fits and the slide does not jump from one sentence to the next.
 */
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { readSlideScript } from '../narration/slide-script.ts';

/** Remembers a viewer's choice across visits. */
const STORAGE_KEY = 'deck-captions';
/** On the root element while the band is shown: the theme shrinks the deck above it. */
export const CAPTIONS_SHOWN_CLASS = 'deck-captions-shown';
/** Fewest caption lines the band keeps room for. */
const MIN_CAPTION_LINES = 2;
/** The band's captions take at most this share of the window's height; the type gets smaller first. */
const MAX_CAPTION_SHARE = 0.3;
/** Smallest caption type, in CSS pixels, before a long caption is allowed more than its share. */
const MIN_CAPTION_PX = 13;
/** Caption line height, as a multiple of the type size (the theme's `--caption-leading`). */
const CAPTION_LEADING = 1.3;

export interface CaptionsConfig {
  /** Whether captions show while narrating. @defaultValue true, or the viewer's last choice */
  readonly enabled: boolean;
}

export class Captions implements Controller {
  private readonly runtime: DeckRuntime;
  private config: CaptionsConfig = { enabled: readPreference() };
  private band: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  private region: HTMLElement | null = null;
  private line: HTMLElement | null = null;
  private measure: HTMLElement | null = null;
  private bandSize: ResizeObserver | null = null;
  private active = false;
  private hidden = false;
  private fitFrame = 0;
  /** Every caption of the deck, read once from the slides' scripts. */
  private captionTexts: readonly string[] | null = null;

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
    this.onWindowResize = this.onWindowResize.bind(this);
    this.onDeckPaused = this.onDeckPaused.bind(this);
    this.onDeckResumed = this.onDeckResumed.bind(this);
  }

  configure(config: Partial<CaptionsConfig>): void {
    this.config = { ...this.config, ...config };
    this.update();
  }

  get enabled(): boolean {
    return this.config.enabled;
  }

  bind(): void {
    this.band = element('div', 'deck-narration-band');
    this.status = element('p', 'deck-narration-status');
    this.status.setAttribute('role', 'status');
    this.region = element('div', 'deck-captions');
    this.region.setAttribute('role', 'region');
    this.region.setAttribute('aria-label', 'Captions');
    this.line = element('p', 'deck-captions-text');
    // The voice already speaks these words; a screen reader should not say them a second time.
    this.line.setAttribute('aria-live', 'off');
    this.region.append(this.line);
    this.band.append(this.status, this.region);
    // Lays captions out as the band would, to find how many lines the longest needs.
    this.measure = element('p', 'deck-captions-measure');
    this.measure.setAttribute('aria-hidden', 'true');
    document.body.append(this.band, this.measure);
    this.bandSize = new ResizeObserver(() => this.onBandResize());
    this.bandSize.observe(this.band);
    window.addEventListener('resize', this.onWindowResize);
    this.runtime.deck.on('paused', this.onDeckPaused);
    this.runtime.deck.on('resumed', this.onDeckResumed);
    this.fit();
    // Until the caption font has loaded, lines are measured in a fallback font.
    void document.fonts?.ready.then(() => this.fit());
    this.update();
  }

  unbind(): void {
    window.removeEventListener('resize', this.onWindowResize);
    this.runtime.deck.off('paused', this.onDeckPaused);
    this.runtime.deck.off('resumed', this.onDeckResumed);
    this.bandSize?.disconnect();
    window.cancelAnimationFrame(this.fitFrame);
  }

  destroy(): void {
    this.unbind();
    this.setActive(false);
    this.band?.remove();
    this.measure?.remove();
    this.band = null;
    this.status = null;
    this.region = null;
    this.line = null;
    this.measure = null;
  }

  /** While narration runs (playing or paused) captions are shown, if they are on. */
  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.show('');
    this.update();
  }

  show(text: string): void {
    if (this.line && this.line.textContent !== text) this.line.textContent = text;
  }

  /** A notice in the band, above the captions; '' for none. */
  notify(text: string): void {
    if (!this.status || this.status.textContent === text) return;
    this.status.textContent = text;
    this.update();
  }

  toggle(): void {
    this.config = { ...this.config, enabled: !this.config.enabled };
    writePreference(this.config.enabled);
    this.update();
    this.runtime.narration?.controls.render();
  }

  /** Blacking out the screen (B, .) hides the whole band, notices too, with the slide. */
  private onDeckPaused(): void {
    this.hidden = true;
    this.update();
  }

  private onDeckResumed(): void {
    this.hidden = false;
    this.update();
  }

  private update(): void {
    if (!this.band || !this.region) return;
    const captions = this.active && this.config.enabled;
    const notice = Boolean(this.status?.textContent);
    this.region.hidden = !captions;
    this.band.hidden = this.hidden;
    this.band.toggleAttribute('data-empty', !(captions || notice));
    this.onBandResize();
  }

  /** The deck's room is the window less the band: reveal.js scales the slide to it. */
  private onBandResize(): void {
    const band = this.band;
    if (!band) return;
    const height = band.hidden ? 0 : band.getBoundingClientRect().height;
    const root = document.documentElement;
    const value = `${Math.ceil(height)}px`;
    if (root.style.getPropertyValue('--caption-band') === value) return;
    root.style.setProperty('--caption-band', value);
    root.classList.toggle(CAPTIONS_SHOWN_CLASS, height > 0);
    this.runtime.deck.layout();
  }

  private onWindowResize(): void {
    window.cancelAnimationFrame(this.fitFrame);
    this.fitFrame = window.requestAnimationFrame(() => this.fit());
  }

  /**
   * Sizes caption type and the band's lines for this window: the theme's size if the longest
   * caption then fits within its share of the height, else smaller type.
   */
  private fit(): void {
    const measure = this.measure;
    const texts = this.allCaptionTexts();
    if (!measure || texts.length === 0) return;
    const root = document.documentElement;
    root.style.removeProperty('--caption-size');
    measure.style.removeProperty('font-size');
    const themeSize = Number.parseFloat(getComputedStyle(measure).fontSize);
    let size = Math.round(themeSize);
    let lines = this.linesNeeded(texts, size);
    while (size > MIN_CAPTION_PX && lines * size * CAPTION_LEADING > window.innerHeight * MAX_CAPTION_SHARE) {
      size -= 1;
      lines = this.linesNeeded(texts, size);
    }
    measure.textContent = '';
    root.style.setProperty('--caption-size', `${size}px`);
    root.style.setProperty('--caption-lines', String(Math.max(MIN_CAPTION_LINES, lines)));
  }

  private linesNeeded(texts: readonly string[], sizePx: number): number {
    const measure = this.measure;
    if (!measure) return MIN_CAPTION_LINES;
    measure.style.fontSize = `${sizePx}px`;
    let lines = 0;
    for (const text of texts) {
      measure.textContent = text;
      lines = Math.max(lines, Math.round(measure.getBoundingClientRect().height / (sizePx * CAPTION_LEADING)));
    }
    return lines;
  }

  private allCaptionTexts(): readonly string[] {
    this.captionTexts ??= this.runtime.deck.getSlides().flatMap((section) => readSlideScript(section, 0).cues.flat());
    return this.captionTexts;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function readPreference(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

function writePreference(enabled: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
  } catch {
    // Storage may be disabled (private windows): the choice then lasts for this visit only.
  }
}

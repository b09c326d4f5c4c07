/**
 * Captions: the sentence being narrated, in a band below the slide (the slide is scaled to make
 * room, so captions never cover it). On by default; C or the CC button turns them off and on.
 */
import type { Shortcut } from '../keys.ts';
import type { RevealApi } from '../reveal-types.ts';

const C_KEY_CODE = 67;
/** Remembers a viewer's choice across visits. */
const STORAGE_KEY = 'deck-captions';
/** On the root element while the caption band is shown: the theme shrinks the deck above it. */
export const CAPTIONS_SHOWN_CLASS = 'deck-captions-shown';

export const CAPTION_SHORTCUTS: readonly Shortcut[] = [{ keys: ['C'], action: 'Captions on or off' }];

export interface CaptionsConfig {
  /** Whether captions show while narrating. @defaultValue true, or the viewer's last choice */
  readonly enabled: boolean;
}

export interface CaptionsHooks {
  /** Captions were turned on or off. */
  onToggle?: (enabled: boolean) => void;
}

export class Captions {
  private readonly deck: RevealApi;
  private readonly hooks: CaptionsHooks;
  private config: CaptionsConfig = { enabled: readPreference() };
  private region: HTMLElement | null = null;
  private line: HTMLElement | null = null;
  private active = false;

  constructor(deck: RevealApi, hooks: CaptionsHooks = {}) {
    this.deck = deck;
    this.hooks = hooks;
    this.onCaptionsKey = this.onCaptionsKey.bind(this);
  }

  configure(config: Partial<CaptionsConfig>): void {
    this.config = { ...this.config, ...config };
    this.update();
  }

  get enabled(): boolean {
    return this.config.enabled;
  }

  bind(): void {
    this.region = document.createElement('div');
    this.region.className = 'deck-captions';
    this.region.setAttribute('role', 'region');
    this.region.setAttribute('aria-label', 'Captions');
    this.line = document.createElement('p');
    this.line.className = 'deck-captions-text';
    // The voice already speaks these words; a screen reader should not say them a second time.
    this.line.setAttribute('aria-live', 'off');
    this.region.append(this.line);
    document.body.append(this.region);
    this.deck.addKeyBinding({ keyCode: C_KEY_CODE, key: 'C', description: 'Captions on or off' }, this.onCaptionsKey);
    this.update();
  }

  unbind(): void {
    this.deck.removeKeyBinding(C_KEY_CODE);
  }

  destroy(): void {
    this.unbind();
    this.setActive(false);
    this.region?.remove();
    this.region = null;
    this.line = null;
  }

  /** While narration runs (playing or paused) the band is shown, if captions are on. */
  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.show('');
    this.update();
  }

  show(text: string): void {
    if (this.line) this.line.textContent = text;
  }

  toggle(): void {
    this.config = { ...this.config, enabled: !this.config.enabled };
    writePreference(this.config.enabled);
    this.update();
    this.hooks.onToggle?.(this.config.enabled);
  }

  private update(): void {
    if (!this.region) return;
    const shown = this.active && this.config.enabled;
    this.region.hidden = !shown;
    const root = document.documentElement;
    if (root.classList.contains(CAPTIONS_SHOWN_CLASS) === shown) return;
    root.classList.toggle(CAPTIONS_SHOWN_CLASS, shown);
    // The deck's size changed with the band: reveal.js scales the slide to the new room.
    this.deck.layout();
  }

  private onCaptionsKey(): void {
    this.toggle();
  }
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

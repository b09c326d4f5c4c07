/**
 * Keys on the deck's own controls (the toolbar, reveal.js's arrows). Reached with Tab, a control
 * works as any button or list does: Enter or Space presses a button, and a list keeps its arrows
 * and type-ahead, while the deck's own letter keys (R, X, C, ...) still act from it. Clicked or
 * tapped, a control never keeps the focus, so Space and the arrows go on moving the slides.
 */
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { boundCharacters } from '../keys.ts';

/** Keys a focused button uses itself, so they must not also move the slides. */
const BUTTON_KEYS = new Set([' ', 'Enter']);
/** Keys a focused list uses itself: to move through it, open it and close it. */
const LIST_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  ' ',
  'Enter',
  'Escape',
]);

export class ControlFocus implements Controller {
  private readonly runtime: DeckRuntime;
  private readonly deckKeys = boundCharacters();
  private areas: HTMLElement[] = [];
  /** The list last pressed with a pointer: a choice made there hands focus back to the deck. */
  private pointerList: HTMLSelectElement | null = null;

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
    this.onAreaKeyDown = this.onAreaKeyDown.bind(this);
    this.onAreaMouseDown = this.onAreaMouseDown.bind(this);
    this.onAreaChange = this.onAreaChange.bind(this);
  }

  bind(): void {
    const arrows = this.runtime.deck.getRevealElement()?.querySelector<HTMLElement>(':scope > .controls');
    this.areas = [this.runtime.toolbar, ...(arrows ? [arrows] : [])];
    for (const area of this.areas) {
      area.addEventListener('keydown', this.onAreaKeyDown);
      area.addEventListener('mousedown', this.onAreaMouseDown);
      area.addEventListener('change', this.onAreaChange);
    }
  }

  unbind(): void {
    for (const area of this.areas) {
      area.removeEventListener('keydown', this.onAreaKeyDown);
      area.removeEventListener('mousedown', this.onAreaMouseDown);
      area.removeEventListener('change', this.onAreaChange);
    }
    this.areas = [];
  }

  destroy(): void {
    this.unbind();
  }

  /** Keys a focused control uses itself are kept from reveal.js; the deck's other keys go through. */
  private onAreaKeyDown(event: KeyboardEvent): void {
    this.pointerList = null;
    const target = event.target;
    const key = event.key;
    const ownKey =
      target instanceof HTMLSelectElement
        ? LIST_KEYS.has(key) || (key.length === 1 && !this.deckKeys.has(key.toLowerCase()))
        : target instanceof HTMLButtonElement && BUTTON_KEYS.has(key);
    if (ownKey) event.stopPropagation();
  }

  /** A pressed button does not take the focus from the deck; a list must, to open. */
  private onAreaMouseDown(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest('button, select') : null;
    if (target instanceof HTMLButtonElement) event.preventDefault();
    this.pointerList = target instanceof HTMLSelectElement ? target : null;
  }

  private onAreaChange(event: Event): void {
    if (event.target === this.pointerList) this.pointerList?.blur();
    this.pointerList = null;
  }
}

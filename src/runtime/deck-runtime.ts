/**
 * The deck's own controllers, side by side, as reveal.js keeps its own: each is handed this
 * runtime, reaches its siblings through it, and has the same life cycle (configure, bind, unbind,
 * destroy). Keys and on-screen controls both run the key table's commands through `run`.
 */
import { Captions } from './controllers/captions.ts';
import { ControlFocus } from './controllers/control-focus.ts';
import { JumpToSlide } from './controllers/jump-to-slide.ts';
import { Keyboard } from './controllers/keyboard.ts';
import { KeyboardHelp } from './controllers/keyboard-help.ts';
import { Narration } from './controllers/narration.ts';
import { NarrationControls } from './controllers/narration-controls.ts';
import type { Command } from './keys.ts';
import type { RevealApi } from './reveal-types.ts';

/** The life cycle every controller shares (configure, where it has settings, is its own). */
export interface Controller {
  bind(): void;
  unbind(): void;
  destroy(): void;
}

export interface RuntimeFeatures {
  /** Narration, its captions and controls: not in the speaker view's previews or the print view. */
  readonly narration: boolean;
}

/** The narration's parts, present together or not at all. */
export interface NarrationParts {
  readonly narration: Narration;
  readonly captions: Captions;
  readonly controls: NarrationControls;
}

/** No narration in the speaker view, its preview frames (`?receiver`) or the print view (`?print-pdf`). */
export function narrationAllowed(deck: RevealApi, search: string): boolean {
  return !deck.isSpeakerNotes() && !/[?&](receiver|print-pdf)\b/i.test(search);
}

export class DeckRuntime {
  readonly deck: RevealApi;
  /** The row of on-screen controls, bottom left: the help button, then narration's. */
  readonly toolbar: HTMLElement;
  readonly keyboard: Keyboard;
  readonly focus: ControlFocus;
  readonly help: KeyboardHelp;
  readonly jump: JumpToSlide;
  readonly narration: NarrationParts | null;
  private readonly controllers: readonly Controller[];

  constructor(deck: RevealApi, features: RuntimeFeatures) {
    this.deck = deck;
    this.toolbar = document.createElement('div');
    this.toolbar.className = 'deck-toolbar';
    this.keyboard = new Keyboard(this);
    this.focus = new ControlFocus(this);
    this.help = new KeyboardHelp(this);
    this.jump = new JumpToSlide(this);
    this.narration = features.narration
      ? { captions: new Captions(this), narration: new Narration(this), controls: new NarrationControls(this) }
      : null;
    // In this order the help button comes first in the row, and the captions are there to narrate into.
    this.controllers = [
      this.help,
      this.jump,
      ...(this.narration ? [this.narration.captions, this.narration.controls, this.narration.narration] : []),
      this.keyboard,
      this.focus,
    ];
  }

  bind(): void {
    (this.deck.getViewportElement() ?? document.body).append(this.toolbar);
    for (const controller of this.controllers) controller.bind();
  }

  unbind(): void {
    for (const controller of [...this.controllers].reverse()) controller.unbind();
  }

  destroy(): void {
    for (const controller of [...this.controllers].reverse()) controller.destroy();
    this.toolbar.remove();
  }

  /** Keys belong to the slides unless a dialog of the deck's own is open over them. */
  keysGoToDeck(): boolean {
    return !this.help.isOpen();
  }

  /** Does what a key of the key table, or the control beside it, asks for. */
  run(command: Command): void {
    const narration = this.narration;
    switch (command) {
      case 'jump':
        this.jump.open();
        return;
      case 'help':
        this.help.toggle();
        return;
      case 'narration-toggle':
        narration?.narration.toggle();
        return;
      case 'narration-stop':
        narration?.narration.stop();
        return;
      case 'narration-slower':
        narration?.narration.stepRate(-1);
        return;
      case 'narration-faster':
        narration?.narration.stepRate(1);
        return;
      case 'captions-toggle':
        narration?.captions.toggle();
        return;
      default:
        assertNever(command);
    }
  }
}

function assertNever(value: never): never {
  throw new Error(`Unknown command ${JSON.stringify(value)}`);
}

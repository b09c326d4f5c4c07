/**
 * The narration's on-screen controls: play or pause, stop, captions, speed and voice. They only
 * report what a person asked for; the narration controller decides what happens. (Notices show in
 * the band below the slide: captions.ts.)
 */
import { formatRate, NARRATION_SPEEDS } from '../../narration/index.ts';
import type { RevealApi } from '../reveal-types.ts';

export type NarrationState = 'idle' | 'playing' | 'paused' | 'blocked' | 'ended';

export interface VoiceChoice {
  /** 'deck' for the deck's own audio, else a browser voice's voiceURI. */
  readonly id: string;
  readonly label: string;
}

export const DECK_VOICE: VoiceChoice = { id: 'deck', label: 'Deck voice' };

/** What the controls show. */
export interface NarrationView {
  readonly state: NarrationState;
  readonly rate: number;
  readonly captions: boolean;
  readonly voices: readonly VoiceChoice[];
  readonly voice: string;
}

export interface NarrationControlsHooks {
  onPlayToggle(): void;
  onStop(): void;
  onRate(rate: number): void;
  onVoice(id: string): void;
  onCaptionsToggle(): void;
}

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
/**
 * Narration, caption and help keys act from a focused list too (R pauses from the speed list);
 * any other letter or digit is the list's own, to jump to an entry by typing it.
 */
const DECK_KEYS = new Set(['r', 'x', 'c', '[', ']', '?']);

export class NarrationControls {
  private readonly deck: RevealApi;
  private readonly hooks: NarrationControlsHooks;
  private bar: HTMLElement | null = null;
  private play: HTMLButtonElement | null = null;
  private stop: HTMLButtonElement | null = null;
  private captions: HTMLButtonElement | null = null;
  private speed: HTMLSelectElement | null = null;
  private voice: HTMLSelectElement | null = null;
  /** Speeds in the list: the usual ones and any other the deck was given (`?narrationRate=16`). */
  private readonly speeds = new Set<number>(NARRATION_SPEEDS);

  constructor(deck: RevealApi, hooks: NarrationControlsHooks) {
    this.deck = deck;
    this.hooks = hooks;
    this.onPlayClick = this.onPlayClick.bind(this);
    this.onStopClick = this.onStopClick.bind(this);
    this.onCaptionsClick = this.onCaptionsClick.bind(this);
    this.onSpeedChange = this.onSpeedChange.bind(this);
    this.onVoiceChange = this.onVoiceChange.bind(this);
    this.onBarKeyDown = this.onBarKeyDown.bind(this);
  }

  /** Builds the controls; the narration's audio element sits among them, where tools can find it. */
  bind(audio: HTMLAudioElement): void {
    const bar = document.createElement('div');
    bar.className = 'deck-narration';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Narration');

    this.play = button('deck-narration-play', 'Play narration');
    this.stop = button('deck-narration-stop', '');
    this.stop.setAttribute('aria-label', 'Stop narration');
    this.stop.title = 'Stop narration (X)';
    this.captions = button('deck-narration-captions', 'CC');
    // The name holds the visible letters too, so speech control users can say what they see.
    this.captions.setAttribute('aria-label', 'Captions CC');
    this.captions.title = 'Captions (C)';
    this.speed = select('deck-narration-speed', 'Narration speed');
    this.speed.title = 'Narration speed ([ and ])';
    this.voice = select('deck-narration-voice', 'Narration voice');

    bar.append(this.play, this.stop, this.captions, this.speed, this.voice, audio);
    this.play.addEventListener('click', this.onPlayClick);
    this.stop.addEventListener('click', this.onStopClick);
    this.captions.addEventListener('click', this.onCaptionsClick);
    this.speed.addEventListener('change', this.onSpeedChange);
    this.voice.addEventListener('change', this.onVoiceChange);
    bar.addEventListener('keydown', this.onBarKeyDown);
    (this.deck.getViewportElement() ?? document.body).append(bar);
    this.bar = bar;
  }

  unbind(): void {
    this.play?.removeEventListener('click', this.onPlayClick);
    this.stop?.removeEventListener('click', this.onStopClick);
    this.captions?.removeEventListener('click', this.onCaptionsClick);
    this.speed?.removeEventListener('change', this.onSpeedChange);
    this.voice?.removeEventListener('change', this.onVoiceChange);
    this.bar?.removeEventListener('keydown', this.onBarKeyDown);
  }

  destroy(): void {
    this.unbind();
    this.bar?.remove();
    this.bar = null;
  }

  render(view: NarrationView): void {
    if (!this.play || !this.stop || !this.captions || !this.speed || !this.voice) return;
    const playing = view.state === 'playing';
    this.play.textContent = playing ? 'Pause narration' : 'Play narration';
    this.play.dataset.state = view.state;
    this.play.title = `${this.play.textContent} (R)`;
    this.stop.hidden = view.state === 'idle' || view.state === 'ended';
    this.captions.setAttribute('aria-pressed', String(view.captions));

    this.speeds.add(view.rate);
    const speeds = [...this.speeds].sort((a, b) => a - b);
    replaceOptions(
      this.speed,
      speeds.map((rate) => ({ id: String(rate), label: formatRate(rate) })),
      String(view.rate),
    );
    replaceOptions(this.voice, view.voices, view.voice);
    // With no browser voices there is nothing to choose.
    this.voice.hidden = view.voices.length < 2;
  }

  private onPlayClick(): void {
    this.hooks.onPlayToggle();
  }

  private onStopClick(): void {
    this.hooks.onStop();
    this.play?.focus();
  }

  private onCaptionsClick(): void {
    this.hooks.onCaptionsToggle();
  }

  private onSpeedChange(): void {
    const rate = Number(this.speed?.value);
    if (Number.isFinite(rate)) this.hooks.onRate(rate);
  }

  private onVoiceChange(): void {
    if (this.voice) this.hooks.onVoice(this.voice.value);
  }

  /** Keys a focused control uses itself are kept from reveal.js; the deck's other keys go through. */
  private onBarKeyDown(event: KeyboardEvent): void {
    const target = event.target;
    const key = event.key;
    const ownKey =
      target instanceof HTMLSelectElement
        ? LIST_KEYS.has(key) || (key.length === 1 && !DECK_KEYS.has(key.toLowerCase()))
        : target instanceof HTMLButtonElement && BUTTON_KEYS.has(key);
    if (ownKey) event.stopPropagation();
  }
}

function button(className: string, text: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  return node;
}

function select(className: string, label: string): HTMLSelectElement {
  const node = document.createElement('select');
  node.className = className;
  node.setAttribute('aria-label', label);
  return node;
}

function replaceOptions(list: HTMLSelectElement, choices: readonly VoiceChoice[], value: string): void {
  const same =
    list.options.length === choices.length &&
    choices.every((choice, index) => list.options[index]?.value === choice.id);
  if (!same) {
    list.replaceChildren(
      ...choices.map((choice) => {
        const option = document.createElement('option');
        option.value = choice.id;
        option.textContent = choice.label;
        return option;
      }),
    );
  }
  list.value = value;
}

/**
 * The narration's on-screen controls, in the toolbar beside the help button: play or pause, stop,
 * captions, speed and voice. They run the key table's commands, as the keys do, and show the
 * narration's and the captions' state. (Notices show in the band below the slide: captions.ts.)
 */
import { formatRate, NARRATION_SPEEDS, type NarrationPhase } from '../../narration/index.ts';
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { tooltip } from '../keys.ts';

export interface VoiceChoice {
  /** 'deck' for the deck's own audio, else a browser voice's voiceURI. */
  readonly id: string;
  readonly label: string;
}

export const DECK_VOICE: VoiceChoice = { id: 'deck', label: 'Deck voice' };

/** What the narration tells its controls to show. */
export interface NarrationView {
  readonly phase: NarrationPhase;
  readonly rate: number;
  readonly voices: readonly VoiceChoice[];
  readonly voice: string;
}

export class NarrationControls implements Controller {
  private readonly runtime: DeckRuntime;
  private bar: HTMLElement | null = null;
  private play: HTMLButtonElement | null = null;
  private stop: HTMLButtonElement | null = null;
  private captions: HTMLButtonElement | null = null;
  private speed: HTMLSelectElement | null = null;
  private voice: HTMLSelectElement | null = null;
  /** Speeds in the list: the usual ones and any other the deck was given (`?narrationRate=16`). */
  private readonly speeds = new Set<number>(NARRATION_SPEEDS);

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
    this.onPlayClick = this.onPlayClick.bind(this);
    this.onStopClick = this.onStopClick.bind(this);
    this.onCaptionsClick = this.onCaptionsClick.bind(this);
    this.onSpeedChange = this.onSpeedChange.bind(this);
    this.onVoiceChange = this.onVoiceChange.bind(this);
  }

  /** Builds the controls; the narration's audio element sits among them, where tools can find it. */
  bind(): void {
    const bar = document.createElement('div');
    bar.className = 'deck-narration';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Narration');

    this.play = button('deck-narration-play', 'Play narration');
    this.stop = button('deck-narration-stop', '');
    this.stop.setAttribute('aria-label', 'Stop narration');
    this.stop.title = tooltip('Stop narration', 'narration-stop');
    this.captions = button('deck-narration-captions', 'CC');
    // The name holds the visible letters too, so speech control users can say what they see.
    this.captions.setAttribute('aria-label', 'Captions CC');
    this.captions.title = tooltip('Captions', 'captions-toggle');
    this.speed = select('deck-narration-speed', 'Narration speed');
    this.speed.title = tooltip('Narration speed', 'narration-faster');
    this.voice = select('deck-narration-voice', 'Narration voice');

    bar.append(this.play, this.stop, this.captions, this.speed, this.voice);
    const audio = this.runtime.narration?.narration.audioElement;
    if (audio) bar.append(audio);
    this.play.addEventListener('click', this.onPlayClick);
    this.stop.addEventListener('click', this.onStopClick);
    this.captions.addEventListener('click', this.onCaptionsClick);
    this.speed.addEventListener('change', this.onSpeedChange);
    this.voice.addEventListener('change', this.onVoiceChange);
    this.runtime.toolbar.append(bar);
    this.bar = bar;
    this.render();
  }

  unbind(): void {
    this.play?.removeEventListener('click', this.onPlayClick);
    this.stop?.removeEventListener('click', this.onStopClick);
    this.captions?.removeEventListener('click', this.onCaptionsClick);
    this.speed?.removeEventListener('change', this.onSpeedChange);
    this.voice?.removeEventListener('change', this.onVoiceChange);
  }

  destroy(): void {
    this.unbind();
    this.bar?.remove();
    this.bar = null;
  }

  /** Shows the narration's state and the captions' switch as they are now. */
  render(): void {
    const parts = this.runtime.narration;
    if (!parts || !this.play || !this.stop || !this.captions || !this.speed || !this.voice) return;
    const view = parts.narration.view();
    const playing = view.phase === 'playing';
    this.play.textContent = playing ? 'Pause narration' : 'Play narration';
    this.play.dataset.state = view.phase;
    this.play.title = tooltip(this.play.textContent, 'narration-toggle');
    this.stop.hidden = view.phase === 'idle' || view.phase === 'ended';
    this.captions.setAttribute('aria-pressed', String(parts.captions.enabled));

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
    this.runtime.run('narration-toggle');
  }

  private onStopClick(event: MouseEvent): void {
    this.runtime.run('narration-stop');
    // The stop button hides itself: a keyboard user's focus goes to play, beside it.
    if (event.detail === 0) this.play?.focus();
  }

  private onCaptionsClick(): void {
    this.runtime.run('captions-toggle');
  }

  private onSpeedChange(): void {
    const rate = Number(this.speed?.value);
    if (Number.isFinite(rate)) this.runtime.narration?.narration.configure({ rate });
  }

  private onVoiceChange(): void {
    if (this.voice) this.runtime.narration?.narration.setVoice(this.voice.value);
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

/**
 * The deck presents itself: from a person's click or key press, each slide's script is said (the
 * deck's audio, a person's recording, or the browser's voice), captions follow the sentence being
 * said, fragments appear as their part begins, and the deck moves on when a slide has been said.
 * What happens next is decided by the pure state machine (src/narration/machine.ts); this
 * controller reads the deck for it, reports events to it, and performs the effects it returns.
 */
import {
  clampRate,
  type DeckContext,
  IDLE,
  MAX_VOICE_CHOICES,
  type NarrationEffect,
  type NarrationEvent,
  type NarrationState,
  narrationRateFromQuery,
  next,
  noticeOf,
  noticeText,
  phaseOf,
  rankVoices,
  SLIDE_GAP_MS,
  stepRate,
  type VoiceKind,
} from '../../narration/index.ts';
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { pressHint } from '../keys.ts';
import { AudioVoice } from '../narration/audio-voice.ts';
import { audioSourceFor, likelyAudioUrl, loadManifest } from '../narration/narration-sources.ts';
import { readSlideScript, type SlideScript, spokenText } from '../narration/slide-script.ts';
import { browserVoices, SpeechVoice } from '../narration/speech-voice.ts';
import { TimedVoice } from '../narration/timed-voice.ts';
import type { Voice, VoiceListener } from '../narration/voice.ts';
import { DECK_VOICE, type NarrationView, type VoiceChoice } from './narration-controls.ts';

/** How long "Narration finished" stays in the band, unless the viewer moves on first. */
const FINISHED_NOTICE_MS = 8_000;

export interface NarrationConfig {
  /** Speed, a multiple of the voice's pace, 0.5 to 16. @defaultValue `?narrationRate=` or 1 */
  readonly rate: number;
  /** Language of the script, for the browser's voice. @defaultValue the page's `lang`, or 'en' */
  readonly lang: string;
  /** Pause after a slide has been said, before the next one (divided by the speed). @defaultValue SLIDE_GAP_MS (700) */
  readonly slideGapMs: number;
}

export class Narration implements Controller {
  private readonly runtime: DeckRuntime;
  private config: NarrationConfig = {
    rate: narrationRateFromQuery(window.location.search) ?? 1,
    lang: document.documentElement.lang || 'en',
    slideGapMs: SLIDE_GAP_MS,
  };
  private state: NarrationState = IDLE;
  private readonly voices: Readonly<Record<VoiceKind, Voice>>;
  private readonly audio: AudioVoice;
  /** The script being said, whose cues the captions show. */
  private script: SlideScript | null = null;
  private voiceChoice = DECK_VOICE.id;
  private voiceChoices: VoiceChoice[] = [DECK_VOICE];
  private gapTimer: number | undefined;
  private noticeTimer: number | undefined;
  /** Events reported while effects are performed wait their turn, so each transition completes first. */
  private readonly queue: NarrationEvent[] = [];
  private dispatching = false;
  /** True while narration itself moves the deck, so its own moves are not taken for a person's. */
  private driving = false;

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
    this.audio = new AudioVoice(this.listenerFor('audio'), {
      loadManifest,
      sourceFor: audioSourceFor,
      likelyUrl: likelyAudioUrl,
    });
    this.voices = {
      audio: this.audio,
      speech: new SpeechVoice(this.listenerFor('speech'), {
        voice: () => this.browserVoice(this.voiceChoice) ?? this.rankedVoices()[0],
        lang: () => this.config.lang,
        spoken: spokenText,
      }),
      timed: new TimedVoice(this.listenerFor('timed')),
    };
    this.onDeckSlideChanged = this.onDeckSlideChanged.bind(this);
    this.onDeckFragmentChanged = this.onDeckFragmentChanged.bind(this);
    this.onDeckPaused = this.onDeckPaused.bind(this);
    this.onDeckOverviewShown = this.onDeckOverviewShown.bind(this);
    this.onSpeechVoicesChanged = this.onSpeechVoicesChanged.bind(this);
    this.setRate(this.config.rate);
  }

  /** The audio element, which the controls hold (where tools and tests look for it). */
  get audioElement(): HTMLAudioElement {
    return this.audio.audio;
  }

  configure(config: Partial<NarrationConfig>): void {
    this.config = { ...this.config, ...config, rate: clampRate(config.rate ?? this.config.rate) };
    this.setRate(this.config.rate);
    this.render();
  }

  bind(): void {
    const deck = this.runtime.deck;
    deck.on('slidechanged', this.onDeckSlideChanged);
    deck.on('fragmentshown', this.onDeckFragmentChanged);
    deck.on('fragmenthidden', this.onDeckFragmentChanged);
    deck.on('paused', this.onDeckPaused);
    deck.on('overviewshown', this.onDeckOverviewShown);
    if ('speechSynthesis' in window) {
      window.speechSynthesis.addEventListener('voiceschanged', this.onSpeechVoicesChanged);
      this.onSpeechVoicesChanged();
    }
    this.render();
  }

  unbind(): void {
    const deck = this.runtime.deck;
    deck.off('slidechanged', this.onDeckSlideChanged);
    deck.off('fragmentshown', this.onDeckFragmentChanged);
    deck.off('fragmenthidden', this.onDeckFragmentChanged);
    deck.off('paused', this.onDeckPaused);
    deck.off('overviewshown', this.onDeckOverviewShown);
    if ('speechSynthesis' in window) {
      window.speechSynthesis.removeEventListener('voiceschanged', this.onSpeechVoicesChanged);
    }
  }

  destroy(): void {
    this.stop();
    window.clearTimeout(this.noticeTimer);
    this.unbind();
    for (const voice of Object.values(this.voices)) voice.destroy();
  }

  /** Play or pause, as the button and R do. */
  toggle(): void {
    this.dispatch({ type: 'press', context: this.context() });
  }

  stop(): void {
    this.dispatch({ type: 'stop' });
  }

  /** Something of the deck's own covers the slide (the help dialog): narration pauses. */
  cover(by: 'help'): void {
    this.dispatch({ type: 'cover', by });
  }

  /** One step down or up the speed list, as [ and ] do. */
  stepRate(direction: 1 | -1): void {
    this.configure({ rate: stepRate(this.config.rate, direction) });
  }

  setVoice(id: string): void {
    this.voiceChoice = this.voiceChoices.some((voice) => voice.id === id) ? id : DECK_VOICE.id;
    this.dispatch({ type: 'voice-chosen', context: this.context() });
  }

  view(): NarrationView {
    return { phase: phaseOf(this.state), rate: this.config.rate, voices: this.voiceChoices, voice: this.voiceChoice };
  }

  private dispatch(event: NarrationEvent): void {
    this.queue.push(event);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let queued = this.queue.shift(); queued; queued = this.queue.shift()) {
        const { state, effects } = next(this.state, queued);
        this.state = state;
        if (state.kind !== 'ended') window.clearTimeout(this.noticeTimer);
        this.driving = true;
        try {
          for (const effect of effects) this.perform(effect);
        } finally {
          this.driving = false;
        }
      }
    } finally {
      this.dispatching = false;
    }
    this.render();
  }

  private perform(effect: NarrationEffect): void {
    const deck = this.runtime.deck;
    switch (effect.type) {
      case 'close-overview':
        if (deck.isOverview()) deck.toggleOverview(false);
        return;
      case 'go-to':
        deck.slide(effect.slide, 0);
        return;
      case 'hide-steps':
        deck.navigateFragment(-1);
        return;
      case 'say':
        this.say(effect.voice, effect.place.part);
        return;
      case 'pause-voice':
        this.voices[effect.voice].pause();
        return;
      case 'resume-voice':
        this.voices[effect.voice].resume();
        return;
      case 'silence':
        this.silence();
        return;
      case 'caption':
        this.showCue(effect.part, effect.cue);
        return;
      case 'resume-point':
        this.runtime.narration?.captions.show(this.currentScript()?.cues[effect.part]?.[0] ?? '');
        return;
      case 'wait-gap':
        this.gapTimer = window.setTimeout(
          () => this.dispatch({ type: 'gap-over', context: this.context() }),
          this.config.slideGapMs / this.config.rate,
        );
        return;
      case 'cancel-gap':
        window.clearTimeout(this.gapTimer);
        return;
      case 'expire-notice':
        window.clearTimeout(this.noticeTimer);
        this.noticeTimer = window.setTimeout(() => this.dispatch({ type: 'notice-expired' }), FINISHED_NOTICE_MS);
        return;
      default:
        assertNever(effect);
    }
  }

  private say(kind: VoiceKind, fromPart: number): void {
    this.silence();
    // The last slide's words must not linger over the next one while its audio loads.
    this.runtime.narration?.captions.show('');
    const script = this.currentScript();
    this.script = script;
    if (!script) this.dispatch({ type: 'stop' });
    else if (script.parts.length === 0) this.dispatch({ type: 'said', voice: kind, context: this.context() });
    else this.voices[kind].start(script, fromPart);
  }

  private silence(): void {
    window.clearTimeout(this.gapTimer);
    for (const voice of Object.values(this.voices)) voice.stop();
  }

  private showCue(part: number, cue: number): void {
    const text = this.script?.cues[part]?.[cue];
    if (text !== undefined) this.runtime.narration?.captions.show(text);
    // A part is said as its fragment step appears; nextFragment shows one step at a time.
    while (this.stepsShown() < part && this.runtime.deck.nextFragment()) {}
  }

  private onDeckSlideChanged(): void {
    if (!this.driving) this.dispatch({ type: 'move', to: 'slide', context: this.context() });
  }

  private onDeckFragmentChanged(): void {
    if (!this.driving) this.dispatch({ type: 'move', to: 'step', context: this.context() });
  }

  /** Blacking out the screen (B, .) pauses narration; captions.ts and the theme hide the band and controls. */
  private onDeckPaused(): void {
    this.dispatch({ type: 'cover', by: 'blackout' });
  }

  private onDeckOverviewShown(): void {
    this.dispatch({ type: 'cover', by: 'overview' });
  }

  private onSpeechVoicesChanged(): void {
    const voices = this.rankedVoices().map((voice) => ({ id: voice.voiceURI, label: `${voice.name} (browser)` }));
    this.voiceChoices = [DECK_VOICE, ...voices];
    if (!this.voiceChoices.some((voice) => voice.id === this.voiceChoice)) this.voiceChoice = DECK_VOICE.id;
    this.render();
  }

  private setRate(rate: number): void {
    for (const voice of Object.values(this.voices)) voice.setRate(rate);
  }

  private browserVoice(id: string): SpeechSynthesisVoice | undefined {
    if (id === DECK_VOICE.id) return undefined;
    return browserVoices(this.config.lang).find((voice) => voice.voiceURI === id);
  }

  /** The browser's voices worth offering, best first (systems with eSpeak NG list thousands). */
  private rankedVoices(): SpeechSynthesisVoice[] {
    return rankVoices(browserVoices(this.config.lang), {
      lang: this.config.lang,
      preferred: navigator.languages ?? [],
      max: MAX_VOICE_CHOICES,
    });
  }

  /** What the machine needs to know of the deck and the viewer's choices, read now. */
  private context(): DeckContext {
    const deck = this.runtime.deck;
    return {
      slide: deck.getIndices().h,
      lastSlide: deck.getTotalSlides() - 1,
      stepsShown: this.stepsShown(),
      steps: this.stepsShown('.fragment'),
      voice: this.browserVoice(this.voiceChoice) ? 'speech' : 'audio',
      speechAvailable: this.rankedVoices().length > 0,
    };
  }

  private render(): void {
    const phase = phaseOf(this.state);
    document.documentElement.dataset.narration = phase;
    const parts = this.runtime.narration;
    if (!parts) return;
    parts.captions.setActive(phase === 'playing' || phase === 'paused');
    parts.captions.notify(noticeText(noticeOf(this.state), pressHint('Play narration', 'narration-toggle')));
    parts.controls.render();
  }

  /** The script of the slide on screen, numbered as the audience sees it. */
  private currentScript(): SlideScript | null {
    const section = this.runtime.deck.getCurrentSlide();
    return section ? readSlideScript(section, this.runtime.deck.getIndices().h + 1) : null;
  }

  /** How many fragment steps of the current slide are showing (or, given '.fragment', it has). */
  private stepsShown(selector = '.fragment.visible'): number {
    const fragments = this.runtime.deck.getCurrentSlide()?.querySelectorAll<HTMLElement>(selector) ?? [];
    return new Set([...fragments].map((fragment) => fragment.dataset.fragmentIndex)).size;
  }

  /** Events from a voice name it, so the machine heeds only the one speaking. */
  private listenerFor(voice: VoiceKind): VoiceListener {
    return {
      onCue: (position) => this.dispatch({ type: 'cue', voice, part: position.part, cue: position.cue }),
      onEnd: () => this.dispatch({ type: 'said', voice, context: this.context() }),
      onBlocked: () => this.dispatch({ type: 'refused', voice }),
      onFail: (reason) => this.dispatch({ type: 'failed', voice, reason, context: this.context() }),
    };
  }
}

function assertNever(value: never): never {
  throw new Error(`Narration: unexpected effect ${JSON.stringify(value)}`);
}

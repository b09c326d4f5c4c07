/**
 * The deck presents itself: from a person's click or key press, each slide's script is said (the
 * deck's audio, a person's recording, or the browser's voice), captions follow the sentence being
 * said, fragments appear as their part begins, and the deck moves on when a slide has been said.
 */
import {
  type CuePosition,
  clampRate,
  MAX_VOICE_CHOICES,
  type NarrationManifest,
  narrationRateFromQuery,
  rankVoices,
  stepRate,
} from '../../narration/index.ts';
import type { Shortcut } from '../keys.ts';
import { AudioVoice } from '../narration/audio-voice.ts';
import { audioSourceFor, likelyAudioUrl, loadManifest, type MissingAudio } from '../narration/narration-sources.ts';
import { readSlideScript, type SlideScript, spokenText } from '../narration/slide-script.ts';
import { browserVoices, SpeechVoice } from '../narration/speech-voice.ts';
import { TimedVoice } from '../narration/timed-voice.ts';
import type { Voice, VoiceListener } from '../narration/voice.ts';
import type { RevealApi } from '../reveal-types.ts';
import { CAPTION_SHORTCUTS, Captions } from './captions.ts';
import {
  DECK_VOICE,
  NarrationControls,
  type NarrationState,
  type NarrationView,
  type VoiceChoice,
} from './narration-controls.ts';

/** How long "Narration finished" stays in the band, unless the viewer moves on first. */
const FINISHED_NOTICE_MS = 8_000;
/** On the root element while reveal.js blacks out the screen: the narration's band and controls hide too. */
const BLACKED_OUT_CLASS = 'deck-blacked-out';

const KEY = { play: 82, stop: 88, slower: 219, faster: 221 } as const;

export const NARRATION_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['R'], action: 'Play or pause narration (from the slide on screen)' },
  { keys: ['X'], action: 'Stop narration' },
  { keys: ['[', ']'], action: 'Narration slower or faster' },
  ...CAPTION_SHORTCUTS,
];

/** No narration in the speaker view, its preview frames (`?receiver`) or the print view (`?print-pdf`). */
export function narrationAllowed(deck: RevealApi, search: string): boolean {
  return !deck.isSpeakerNotes() && !/[?&](receiver|print-pdf)\b/i.test(search);
}

export interface NarrationConfig {
  /** Speed, a multiple of the voice's pace, 0.5 to 16. @defaultValue `?narrationRate=` or 1 */
  readonly rate: number;
  /** Language of the script, for the browser's voice. @defaultValue the page's `lang`, or 'en' */
  readonly lang: string;
  /** Pause after a slide has been said, before the next one (divided by the speed). @defaultValue 700 */
  readonly slideGapMs: number;
}

export class NarrationController {
  private readonly deck: RevealApi;
  private readonly captions: Captions;
  private readonly controls: NarrationControls;
  private config: NarrationConfig = {
    rate: narrationRateFromQuery(window.location.search) ?? 1,
    lang: document.documentElement.lang || 'en',
    slideGapMs: 700,
  };
  private state: NarrationState = 'idle';
  private notice = '';
  private manifest: NarrationManifest | null | undefined;
  private script: SlideScript | null = null;
  private active: Voice | null = null;
  private readonly audio: AudioVoice;
  private readonly speech: SpeechVoice;
  private readonly timed: TimedVoice;
  private voiceChoice = DECK_VOICE.id;
  private voices: VoiceChoice[] = [DECK_VOICE];
  /** Slides whose audio failed to load in this visit: they go straight to the fallback. */
  private readonly failedAudio = new Set<string>();
  /** True while narration itself moves the deck, so its own moves are not taken for a person's. */
  private driving = false;
  /** The person moved while narration was paused: resuming starts where they went. */
  private moved = false;
  private gapTimer: number | undefined;
  private noticeTimer: number | undefined;
  /** Between slides: the current slide is said and the next is due. */
  private betweenSlides = false;
  /** Every caption of the deck, read once from the slides' notes. */
  private captionTexts: readonly string[] | null = null;

  constructor(deck: RevealApi) {
    this.deck = deck;
    this.captions = new Captions(deck, {
      onToggle: () => this.render(),
      captionTexts: () => this.allCaptionTexts(),
    });
    this.controls = new NarrationControls(deck, {
      onPlayToggle: () => this.toggle(),
      onStop: () => this.stop(),
      onRate: (rate) => this.setRate(rate),
      onVoice: (id) => this.setVoice(id),
      onCaptionsToggle: () => this.captions.toggle(),
    });
    this.audio = new AudioVoice(this.listenerFor(() => this.audio));
    this.speech = new SpeechVoice(
      this.listenerFor(() => this.speech),
      spokenText,
    );
    this.timed = new TimedVoice(this.listenerFor(() => this.timed));
    this.onDeckSlideChanged = this.onDeckSlideChanged.bind(this);
    this.onDeckFragmentChanged = this.onDeckFragmentChanged.bind(this);
    this.onDeckPaused = this.onDeckPaused.bind(this);
    this.onDeckResumed = this.onDeckResumed.bind(this);
    this.onDeckOverviewShown = this.onDeckOverviewShown.bind(this);
    this.onSpeechVoicesChanged = this.onSpeechVoicesChanged.bind(this);
  }

  configure(config: Partial<NarrationConfig>): void {
    this.config = { ...this.config, ...config, rate: clampRate(config.rate ?? this.config.rate) };
    this.active?.setRate(this.config.rate);
    this.render();
  }

  bind(): void {
    this.captions.bind();
    this.controls.bind(this.audio.audio);
    this.deck.on('slidechanged', this.onDeckSlideChanged);
    this.deck.on('fragmentshown', this.onDeckFragmentChanged);
    this.deck.on('fragmenthidden', this.onDeckFragmentChanged);
    this.deck.on('paused', this.onDeckPaused);
    this.deck.on('resumed', this.onDeckResumed);
    this.deck.on('overviewshown', this.onDeckOverviewShown);
    this.deck.addKeyBinding({ keyCode: KEY.play, key: 'R', description: 'Play or pause narration' }, () =>
      this.toggle(),
    );
    this.deck.addKeyBinding({ keyCode: KEY.stop, key: 'X', description: 'Stop narration' }, () => this.stop());
    this.deck.addKeyBinding({ keyCode: KEY.slower, key: '[', description: 'Narration slower' }, () =>
      this.setRate(stepRate(this.config.rate, -1)),
    );
    this.deck.addKeyBinding({ keyCode: KEY.faster, key: ']', description: 'Narration faster' }, () =>
      this.setRate(stepRate(this.config.rate, 1)),
    );
    if ('speechSynthesis' in window) {
      window.speechSynthesis.addEventListener('voiceschanged', this.onSpeechVoicesChanged);
      this.onSpeechVoicesChanged();
    }
    this.render();
  }

  unbind(): void {
    this.deck.off('slidechanged', this.onDeckSlideChanged);
    this.deck.off('fragmentshown', this.onDeckFragmentChanged);
    this.deck.off('fragmenthidden', this.onDeckFragmentChanged);
    this.deck.off('paused', this.onDeckPaused);
    this.deck.off('resumed', this.onDeckResumed);
    this.deck.off('overviewshown', this.onDeckOverviewShown);
    for (const keyCode of Object.values(KEY)) this.deck.removeKeyBinding(keyCode);
    if ('speechSynthesis' in window) {
      window.speechSynthesis.removeEventListener('voiceschanged', this.onSpeechVoicesChanged);
    }
    this.controls.unbind();
    this.captions.unbind();
  }

  destroy(): void {
    this.stop();
    window.clearTimeout(this.noticeTimer);
    document.documentElement.classList.remove(BLACKED_OUT_CLASS);
    this.unbind();
    this.controls.destroy();
    this.captions.destroy();
    this.audio.destroy();
    this.speech.destroy();
    this.timed.destroy();
  }

  /** Play or pause, as the button and R do. */
  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  play(): void {
    // Narration plays over the slide it says: the overview closes on the slide picked in it.
    if (this.deck.isOverview()) this.deck.toggleOverview(false);
    if (this.state === 'paused' && !this.moved && (this.active || this.betweenSlides)) {
      // A notice about this slide (read another way) stays while it is said.
      this.setState('playing', this.notice);
      if (this.betweenSlides) this.nextSlide();
      else this.active?.resume();
      return;
    }
    this.moved = false;
    this.setState('playing', '');
    this.primeAudio();
    void this.startSlide(this.stepToStartFrom(), true);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    window.clearTimeout(this.gapTimer);
    this.active?.pause();
    this.setState('paused', this.notice);
  }

  stop(): void {
    window.clearTimeout(this.gapTimer);
    this.betweenSlides = false;
    this.active?.stop();
    this.active = null;
    this.script = null;
    this.setState('idle', '');
  }

  setRate(rate: number): void {
    this.configure({ rate });
  }

  setVoice(id: string): void {
    this.voiceChoice = this.voices.some((voice) => voice.id === id) ? id : DECK_VOICE.id;
    // A new voice takes over from the start of the part being said.
    if (this.state === 'playing' && this.script) void this.startSlide(this.stepsShown(), false);
    else if (this.state === 'paused') this.moved = true;
    this.render();
  }

  /** Said from a press of Play: from the step on screen, or from the top if every step is shown. */
  private stepToStartFrom(): number {
    const shown = this.stepsShown();
    return shown > 0 && shown >= this.stepsShown('.fragment') ? 0 : shown;
  }

  /**
   * The first press starts the slide's audio element at once, muted, while the cue timings load:
   * Safari lets an element play later only if it was played inside a person's press.
   */
  private primeAudio(): void {
    if (this.manifest !== undefined || this.browserVoice(this.voiceChoice)) return;
    const id = this.currentSection()?.id;
    const url = id ? likelyAudioUrl(id) : undefined;
    if (url && !this.failedAudio.has(id ?? '')) this.audio.prime(url);
  }

  private async startSlide(fromPart: number, fromTop: boolean): Promise<void> {
    window.clearTimeout(this.gapTimer);
    this.betweenSlides = false;
    this.active?.stop();
    this.active = null;
    const script = this.currentScript();
    if (!script) return this.stop();
    if (fromTop && fromPart === 0) this.drive(() => this.deck.navigateFragment(-1));
    this.script = script;
    // The last slide's words must not linger over the next one while its audio loads.
    this.captions.show('');
    if (script.parts.length === 0) return this.onSlideSaid();
    // The browser's voice needs no manifest: it speaks at once, inside the press that asked for it.
    const voice = this.browserVoice(this.voiceChoice);
    if (voice) return this.speak(script, fromPart, voice);
    if (this.manifest === undefined) this.manifest = await loadManifest();
    if (this.script !== script || this.state !== 'playing') return;

    const source = this.failedAudio.has(script.id) ? 'failed' : audioSourceFor(script, this.manifest);
    if (typeof source === 'object') {
      if (this.notice) this.setState('playing', '');
      this.active = this.audio;
      this.audio.start(script, source.url, source.timeline, fromPart, this.config.rate);
      return;
    }
    this.fallBack(script, fromPart, source);
  }

  /** A slide without playable audio: the browser's voice if it has one, else captions alone. */
  private fallBack(script: SlideScript, fromPart: number, why: MissingAudio | 'failed'): void {
    const reason =
      why === 'stale'
        ? 'its audio was made for an older script'
        : why === 'failed'
          ? 'its audio did not load'
          : 'it has no audio';
    const [voice] = this.rankedVoices();
    if (voice) {
      this.notice = `Slide ${script.number}: ${reason}, so the browser’s voice reads it.`;
      this.speak(script, fromPart, voice);
    } else {
      this.notice = `Slide ${script.number}: ${reason}, so it is shown as timed captions.`;
      this.active = this.timed;
      this.timed.start(script, fromPart, this.config.rate);
    }
    this.render();
  }

  private speak(script: SlideScript, fromPart: number, voice: SpeechSynthesisVoice): void {
    this.active = this.speech;
    this.speech.start(script, fromPart, voice, this.config.lang, this.config.rate);
  }

  private onCue(position: CuePosition): void {
    const text = this.script?.cues[position.part]?.[position.cue];
    if (text !== undefined) this.captions.show(text);
    // A part is said as its fragment step appears.
    this.drive(() => {
      while (this.stepsShown() < position.part && this.deck.nextFragment()) {
        // nextFragment shows one step at a time.
      }
    });
  }

  private onSlideSaid(): void {
    this.active = null;
    if (this.state !== 'playing') return;
    // By index against the count of slides (the deck is one row), not isLastSlide(), which is true
    // on every slide of reveal.js's scroll view (?view=scroll).
    if (this.deck.getIndices().h >= this.deck.getTotalSlides() - 1) {
      this.setState('ended', 'Narration finished: that was the last slide.');
      this.noticeTimer = window.setTimeout(() => this.clearNotice(), FINISHED_NOTICE_MS);
      return;
    }
    this.betweenSlides = true;
    this.gapTimer = window.setTimeout(() => this.nextSlide(), this.config.slideGapMs / this.config.rate);
  }

  private nextSlide(): void {
    this.betweenSlides = false;
    const { h } = this.deck.getIndices();
    this.drive(() => this.deck.slide(h + 1, 0));
    void this.startSlide(0, true);
  }

  private onBlocked(): void {
    this.active?.stop();
    this.active = null;
    this.setState('blocked', 'The browser did not allow sound to start. Press Play narration (or R) to start it.');
  }

  private onFail(reason: string): void {
    const script = this.script;
    if (!script || this.state !== 'playing') return;
    const failedVoice = this.active;
    this.active = null;
    if (failedVoice === this.audio) {
      this.failedAudio.add(script.id);
      console.warn(`Narration of slide "${script.id}": ${reason}.`);
      this.fallBack(script, this.stepsShown(), 'failed');
    } else {
      this.notice = `Slide ${script.number}: ${reason}, so it is shown as timed captions.`;
      this.active = this.timed;
      this.timed.start(script, this.stepsShown(), this.config.rate);
      this.render();
    }
  }

  private onDeckSlideChanged(): void {
    if (this.driving) return;
    if (this.state === 'playing') {
      // A person moved: narration goes on from the slide they reached.
      this.notice = '';
      void this.startSlide(this.stepToStartFrom(), true);
    } else if (this.state === 'paused') {
      this.moved = true;
      // The slide's own notice is about the slide left behind.
      this.notice = '';
      this.showResumePoint();
      this.render();
    } else if (this.state === 'blocked') this.moved = true;
    else if (this.state === 'ended') this.clearNotice();
  }

  private onDeckFragmentChanged(): void {
    if (this.driving) return;
    if (this.state === 'playing') void this.startSlide(this.stepsShown(), false);
    else if (this.state === 'paused') {
      this.moved = true;
      this.showResumePoint();
    }
  }

  /** Paused and moved by hand: the caption shows where play will go on, not the slide left. */
  private showResumePoint(): void {
    const script = this.currentScript();
    if (script) this.captions.show(script.cues[this.stepToStartFrom()]?.[0] ?? '');
  }

  /** Blacking out the screen (B, .) pauses narration and hides its band and controls with the slide. */
  private onDeckPaused(): void {
    this.pause();
    document.documentElement.classList.add(BLACKED_OUT_CLASS);
    this.captions.setHidden(true);
  }

  private onDeckResumed(): void {
    document.documentElement.classList.remove(BLACKED_OUT_CLASS);
    this.captions.setHidden(false);
  }

  /** Opening the overview pauses narration too. */
  private onDeckOverviewShown(): void {
    this.pause();
  }

  private clearNotice(): void {
    window.clearTimeout(this.noticeTimer);
    if (!this.notice) return;
    this.notice = '';
    this.render();
  }

  private onSpeechVoicesChanged(): void {
    const voices = this.rankedVoices().map((voice) => ({ id: voice.voiceURI, label: `${voice.name} (browser)` }));
    this.voices = [DECK_VOICE, ...voices];
    if (!this.voices.some((voice) => voice.id === this.voiceChoice)) this.voiceChoice = DECK_VOICE.id;
    this.render();
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

  private allCaptionTexts(): readonly string[] {
    this.captionTexts ??= this.deck.getSlides().flatMap((section) => readSlideScript(section, 0).cues.flat());
    return this.captionTexts;
  }

  private setState(state: NarrationState, notice: string): void {
    window.clearTimeout(this.noticeTimer);
    this.state = state;
    this.notice = notice;
    const running = state === 'playing' || state === 'paused';
    this.captions.setActive(running);
    document.documentElement.dataset.narration = state;
    this.render();
  }

  private render(): void {
    const view: NarrationView = {
      state: this.state,
      rate: this.config.rate,
      captions: this.captions.enabled,
      voices: this.voices,
      voice: this.voiceChoice,
    };
    this.controls.render(view);
    this.captions.notify(this.notice);
  }

  /** The script of the slide on screen, numbered as the audience sees it. */
  private currentScript(): SlideScript | null {
    const section = this.currentSection();
    return section ? readSlideScript(section, this.deck.getIndices().h + 1) : null;
  }

  private currentSection(): HTMLElement | null {
    return this.deck.getCurrentSlide() ?? null;
  }

  /** How many fragment steps of the current slide are showing (or, given '.fragment', it has). */
  private stepsShown(selector = '.fragment.visible'): number {
    const fragments = this.currentSection()?.querySelectorAll<HTMLElement>(selector) ?? [];
    return new Set([...fragments].map((fragment) => fragment.dataset.fragmentIndex)).size;
  }

  private drive(move: () => unknown): void {
    this.driving = true;
    try {
      move();
    } finally {
      this.driving = false;
    }
  }

  /** Events from a voice count only while it is the one speaking. */
  private listenerFor(voice: () => Voice): VoiceListener {
    const current = () => this.active === voice();
    return {
      onCue: (position) => current() && this.onCue(position),
      onEnd: () => current() && this.onSlideSaid(),
      onBlocked: () => current() && this.onBlocked(),
      onFail: (reason) => current() && this.onFail(reason),
    };
  }
}

/**
 * The browser's own speech (speechSynthesis), sentence by sentence: each cue is one utterance, so
 * captions follow without boundary events, and pausing cancels and later replays the sentence
 * (Chromium's speechSynthesis.pause() does not work).
 */
import { countWords } from '../../model/text.ts';
import type { CuePosition } from '../../narration/index.ts';
import type { SlideScript } from './slide-script.ts';
import type { Voice, VoiceListener } from './voice.ts';

/** speechSynthesis accepts rates from 0.1 to 10. */
const SPEECH_RATE_MAX = 10;
/** A sentence that has not ended after this many times its expected length is given up on. */
const STALL_FACTOR = 4;
const STALL_MIN_MS = 8000;
const EXPECTED_WORDS_PER_MINUTE = 150;

/** The browser's voices for a language ('en' matches 'en-US', 'en-GB', ...). */
export function browserVoices(lang: string): SpeechSynthesisVoice[] {
  if (!('speechSynthesis' in window)) return [];
  const prefix = lang.toLowerCase().split('-')[0] ?? '';
  return window.speechSynthesis
    .getVoices()
    .filter((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(prefix));
}

export interface SpeechVoiceOptions {
  /** The browser voice to speak with: the viewer's choice, else the best the browser has. */
  readonly voice: () => SpeechSynthesisVoice | undefined;
  /** The script's language, for a voice that does not say its own. */
  readonly lang: () => string;
  /** How to say a text written for the page ("Rocky IV" as "Rocky Four"); captions keep the written text. */
  readonly spoken?: (written: string) => string;
}

export class SpeechVoice implements Voice {
  private readonly listener: VoiceListener;
  private readonly options: SpeechVoiceOptions;
  private cues: CuePosition[] = [];
  private texts: readonly (readonly string[])[] = [];
  private index = 0;
  private voice: SpeechSynthesisVoice | null = null;
  private lang = 'en';
  private rate = 1;
  private session = 0;
  private stallTimer: number | undefined;
  private speaking = false;

  constructor(listener: VoiceListener, options: SpeechVoiceOptions) {
    this.listener = listener;
    this.options = options;
  }

  start(script: SlideScript, fromPart: number): void {
    this.stop();
    const voice = this.options.voice();
    if (!voice) {
      this.listener.onFail('the browser has no voice for it');
      return;
    }
    this.voice = voice;
    this.lang = this.options.lang();
    this.texts = script.cues;
    this.cues = script.cues.flatMap((cues, part) => cues.map((_, cue) => ({ part, cue })));
    this.index = Math.max(
      0,
      this.cues.findIndex((position) => position.part >= fromPart),
    );
    this.speakCurrent();
  }

  pause(): void {
    this.silence();
  }

  /** Says the interrupted sentence again from its start. */
  resume(): void {
    if (this.cues.length > 0) this.speakCurrent();
  }

  stop(): void {
    this.silence();
    this.cues = [];
  }

  setRate(rate: number): void {
    this.rate = rate;
    if (this.speaking) this.speakCurrent();
  }

  destroy(): void {
    this.stop();
  }

  private silence(): void {
    this.session += 1;
    this.speaking = false;
    window.clearTimeout(this.stallTimer);
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  }

  private speakCurrent(): void {
    const position = this.cues[this.index];
    if (!position) return;
    this.silence();
    const session = this.session;
    const text = this.texts[position.part]?.[position.cue] ?? '';
    const utterance = new SpeechSynthesisUtterance(this.options.spoken?.(text) ?? text);
    utterance.voice = this.voice;
    // Without a language the engine may read English with another language's rules.
    utterance.lang = this.voice?.lang || this.lang;
    utterance.rate = Math.min(SPEECH_RATE_MAX, this.rate);
    utterance.onend = () => {
      if (session === this.session) this.next();
    };
    utterance.onerror = (event) => {
      if (session !== this.session) return;
      this.silence();
      if (event.error === 'not-allowed') this.listener.onBlocked();
      else this.listener.onFail(`the browser’s voice stopped (${event.error})`);
    };
    this.speaking = true;
    this.listener.onCue(position);
    window.speechSynthesis.speak(utterance);
    const expectedMs = (countWords(text) / EXPECTED_WORDS_PER_MINUTE) * 60_000;
    this.stallTimer = window.setTimeout(
      () => {
        if (session === this.session) this.next();
      },
      Math.max(STALL_MIN_MS, expectedMs * STALL_FACTOR) / Math.min(SPEECH_RATE_MAX, this.rate),
    );
  }

  private next(): void {
    window.clearTimeout(this.stallTimer);
    this.index += 1;
    if (this.index < this.cues.length) {
      this.speakCurrent();
      return;
    }
    this.silence();
    this.cues = [];
    this.listener.onEnd();
  }
}

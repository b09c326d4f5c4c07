/** Plays a slide's audio file (generated or recorded) through one audio element, following its cues. */
import { proportionalTimeline, type SlideTimeline } from '../../narration/index.ts';
import { CueFollower } from './cue-follower.ts';
import type { SlideScript } from './slide-script.ts';
import type { Voice, VoiceListener } from './voice.ts';

/** How often the play position is read; cue changes are seen within this, at any speed. */
const TICK_MS = 40;
/**
 * Longest wait for a slide's audio to start playing, or to go on after running out of data, before
 * the slide is read another way: a request that never answers must not hold narration forever.
 */
export const AUDIO_START_LIMIT_MS = 8_000;

interface Playing {
  readonly script: SlideScript;
  readonly timeline: SlideTimeline | null;
  readonly fromPart: number;
}

export class AudioVoice implements Voice {
  /** One element for the whole deck: a browser that allowed it to play once keeps allowing it. */
  readonly audio: HTMLAudioElement;
  private readonly listener: VoiceListener;
  private playing: Playing | null = null;
  private follower: CueFollower | null = null;
  private timer: number | undefined;
  /** Runs out when the audio has not (re)started playing within AUDIO_START_LIMIT_MS. */
  private watchdog: number | undefined;
  /** Bumped by every start, pause and stop, so a late answer from play() is ignored. */
  private session = 0;
  private rate = 1;

  constructor(listener: VoiceListener) {
    this.listener = listener;
    this.audio = document.createElement('audio');
    this.audio.preload = 'none';
    this.onAudioEnded = this.onAudioEnded.bind(this);
    this.onAudioError = this.onAudioError.bind(this);
    this.onAudioLoadedMetadata = this.onAudioLoadedMetadata.bind(this);
    this.onAudioWaiting = this.onAudioWaiting.bind(this);
    this.onAudioPlaying = this.onAudioPlaying.bind(this);
    this.audio.addEventListener('ended', this.onAudioEnded);
    this.audio.addEventListener('error', this.onAudioError);
    this.audio.addEventListener('loadedmetadata', this.onAudioLoadedMetadata);
    this.audio.addEventListener('waiting', this.onAudioWaiting);
    this.audio.addEventListener('playing', this.onAudioPlaying);
  }

  /**
   * Plays the slide's likely audio, muted, at once: called inside the person's click or key press
   * while the cue timings still load, so browsers that allow play() only inside a press (Safari)
   * allow this element's later play() calls too.
   */
  prime(url: string): void {
    if (this.playing) return;
    const audio = this.audio;
    if (audio.getAttribute('src') !== url) audio.src = url;
    audio.muted = true;
    audio.play().then(
      () => {
        if (!this.playing) audio.pause();
      },
      () => {
        // Refused or interrupted: start() plays it for real and reports what happens then.
      },
    );
  }

  /** Starts the slide's audio at a part. A recording's cues are timed once its length is known. */
  start(script: SlideScript, url: string, timeline: SlideTimeline | null, fromPart: number, rate: number): void {
    this.stop();
    this.playing = { script, timeline, fromPart };
    const audio = this.audio;
    if (audio.getAttribute('src') !== url) audio.src = url;
    audio.muted = false;
    // Setting src resets playbackRate to the default, so both are set.
    this.setRate(rate);
    if (timeline) this.follow(timeline);
    else if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) this.onAudioLoadedMetadata();
    else audio.currentTime = 0;
    // play() is called at once, inside the person's click or key press, so the browser allows it.
    this.play();
  }

  pause(): void {
    this.session += 1;
    this.stopTicking();
    window.clearTimeout(this.watchdog);
    this.audio.pause();
  }

  resume(): void {
    if (this.playing) this.play();
  }

  stop(): void {
    this.pause();
    this.playing = null;
    this.follower = null;
  }

  setRate(rate: number): void {
    this.rate = rate;
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
  }

  destroy(): void {
    this.stop();
    this.audio.removeEventListener('ended', this.onAudioEnded);
    this.audio.removeEventListener('error', this.onAudioError);
    this.audio.removeEventListener('loadedmetadata', this.onAudioLoadedMetadata);
    this.audio.removeEventListener('waiting', this.onAudioWaiting);
    this.audio.removeEventListener('playing', this.onAudioPlaying);
    this.audio.removeAttribute('src');
  }

  private follow(timeline: SlideTimeline): void {
    const fromPart = this.playing?.fromPart ?? 0;
    this.follower = new CueFollower(timeline, fromPart, (position) => this.listener.onCue(position));
    this.audio.currentTime = this.follower.partStartMs(fromPart) / 1000;
  }

  private play(): void {
    const session = ++this.session;
    this.armWatchdog();
    this.audio.playbackRate = this.rate;
    this.audio.play().then(
      () => {
        if (session !== this.session) return;
        this.tick();
        this.timer = window.setInterval(() => this.tick(), TICK_MS);
      },
      (error: unknown) => {
        if (session !== this.session) return;
        const name = error instanceof DOMException ? error.name : '';
        if (name === 'NotAllowedError') this.listener.onBlocked();
        else this.fail(mediaProblem(this.audio.error, error));
      },
    );
  }

  private armWatchdog(): void {
    window.clearTimeout(this.watchdog);
    const session = this.session;
    this.watchdog = window.setTimeout(() => {
      if (session === this.session) this.fail(`its audio did not play within ${AUDIO_START_LIMIT_MS / 1000} s`);
    }, AUDIO_START_LIMIT_MS);
  }

  /** Out of data mid-slide: it has as long to go on as it had to start. */
  private onAudioWaiting(): void {
    if (this.playing && !this.audio.paused) this.armWatchdog();
  }

  private onAudioPlaying(): void {
    window.clearTimeout(this.watchdog);
  }

  private tick(): void {
    this.follower?.advanceTo(this.audio.currentTime * 1000);
  }

  private stopTicking(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
  }

  private fail(reason: string): void {
    if (!this.playing) return;
    this.stop();
    this.listener.onFail(reason);
  }

  /** A recording's cues are spread over its length, known once its metadata has loaded. */
  private onAudioLoadedMetadata(): void {
    const playing = this.playing;
    if (!playing || this.follower) return;
    const duration = this.audio.duration;
    const durationMs = Number.isFinite(duration) && duration > 0 ? duration * 1000 : playing.script.timingMs;
    this.follow(playing.timeline ?? proportionalTimeline(playing.script.cues, durationMs));
  }

  private onAudioEnded(): void {
    const follower = this.follower;
    if (!this.playing || !follower) return;
    this.stopTicking();
    follower.finish();
    this.playing = null;
    this.follower = null;
    this.listener.onEnd();
  }

  private onAudioError(): void {
    this.fail(mediaProblem(this.audio.error, null));
  }
}

function mediaProblem(mediaError: MediaError | null, error: unknown): string {
  if (mediaError?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED) return 'its audio file is missing or unreadable';
  if (mediaError?.code === MediaError.MEDIA_ERR_NETWORK) return 'its audio could not be downloaded';
  if (mediaError?.code === MediaError.MEDIA_ERR_DECODE) return 'its audio file is damaged';
  return error instanceof Error ? `its audio would not play (${error.message})` : 'its audio would not play';
}

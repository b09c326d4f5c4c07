/** Plays a slide's audio file (generated or recorded) through one audio element, following its cues. */
import { proportionalTimeline, type SlideTimeline } from '../../narration/index.ts';
import { CueFollower } from './cue-follower.ts';
import type { SlideScript } from './slide-script.ts';
import type { Voice, VoiceListener } from './voice.ts';

/** How often the play position is read; cue changes are seen within this, at any speed. */
const TICK_MS = 40;

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
    this.audio.addEventListener('ended', this.onAudioEnded);
    this.audio.addEventListener('error', this.onAudioError);
    this.audio.addEventListener('loadedmetadata', this.onAudioLoadedMetadata);
  }

  /** Starts the slide's audio at a part. A recording's cues are timed once its length is known. */
  start(script: SlideScript, url: string, timeline: SlideTimeline | null, fromPart: number, rate: number): void {
    this.stop();
    this.playing = { script, timeline, fromPart };
    const audio = this.audio;
    if (audio.getAttribute('src') !== url) audio.src = url;
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
    this.audio.removeAttribute('src');
  }

  private follow(timeline: SlideTimeline): void {
    const fromPart = this.playing?.fromPart ?? 0;
    this.follower = new CueFollower(timeline, fromPart, (position) => this.listener.onCue(position));
    this.audio.currentTime = this.follower.partStartMs(fromPart) / 1000;
  }

  private play(): void {
    const session = ++this.session;
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

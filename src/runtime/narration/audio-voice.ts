/**
 * Plays a slide's audio file (a person's recording, else the generated voice) through one audio
 * element, following its cues. Finds the file itself: a slide with no audio, audio made for an
 * older script, or audio that does not load is reported as a failure, for the narration to read
 * the slide another way.
 */
import type { NarrationManifest, SlideTimeline } from '../../narration/index.ts';
import { CueFollower } from './cue-follower.ts';
import type { AudioFile, AudioSource, MissingAudio } from './narration-sources.ts';
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
  readonly fromPart: number;
  /** The file playing, and the same words in other formats, tried in turn if it will not play. */
  readonly file: AudioFile;
  readonly fallbacks: readonly AudioFile[];
}

/** Why a slide has no audio to play, in the words of the notice. */
const MISSING_AUDIO = {
  missing: 'it has no audio',
  // Audio made for an older script would say other words than the captions show.
  stale: 'its audio was made for an older script',
  // It failed once in this visit: it is not tried again.
  failed: 'its audio did not load',
} as const;

/** Where the voice finds a slide's audio (narration-sources.ts, which knows the built files). */
export interface AudioSources {
  /** The cue timings of the generated audio, loaded on first use; null if they cannot be. */
  loadManifest(): Promise<NarrationManifest | null>;
  /** The slide's audio (in the format this browser prefers, and the others it plays), or why it has none. */
  sourceFor(script: SlideScript, manifest: NarrationManifest | null): AudioSource | MissingAudio;
  /** The file the slide will most likely play, known without the manifest. */
  likelyUrl(slideId: string): string | undefined;
}

export class AudioVoice implements Voice {
  /** One element for the whole deck: a browser that allowed it to play once keeps allowing it. */
  readonly audio: HTMLAudioElement;
  private readonly listener: VoiceListener;
  private readonly sources: AudioSources;
  /** The cue timings of the generated audio: undefined until loaded (on the first start), null if they failed to. */
  private manifest: NarrationManifest | null | undefined;
  private manifestLoad: Promise<void> | null = null;
  /** Slides whose audio failed in this visit: they go straight to the fallback. */
  private readonly failedSlides = new Set<string>();
  /**
   * Formats this browser claimed to play but could not (an older Safari and Opus): every later
   * slide takes its next format straight away.
   */
  private readonly unplayableTypes = new Set<string>();
  /** What start asked for, while its source is not known yet (the manifest loads). */
  private asked: { readonly script: SlideScript; readonly fromPart: number } | null = null;
  private held = false;
  private playing: Playing | null = null;
  private follower: CueFollower | null = null;
  private timer: number | undefined;
  /** Runs out when the audio has not (re)started playing within AUDIO_START_LIMIT_MS. */
  private watchdog: number | undefined;
  /** Bumped by every start, pause and stop, so a late answer from play() is ignored. */
  private session = 0;
  private rate = 1;

  constructor(listener: VoiceListener, sources: AudioSources) {
    this.listener = listener;
    this.sources = sources;
    this.audio = document.createElement('audio');
    this.audio.preload = 'none';
    this.onAudioEnded = this.onAudioEnded.bind(this);
    this.onAudioError = this.onAudioError.bind(this);
    this.onAudioWaiting = this.onAudioWaiting.bind(this);
    this.onAudioPlaying = this.onAudioPlaying.bind(this);
    this.audio.addEventListener('ended', this.onAudioEnded);
    this.audio.addEventListener('error', this.onAudioError);
    this.audio.addEventListener('waiting', this.onAudioWaiting);
    this.audio.addEventListener('playing', this.onAudioPlaying);
  }

  /**
   * Starts the slide's audio at a part. Called inside the person's click or key press: when the cue
   * timings still have to load, the slide's likely file is started at once, muted, so browsers that
   * allow play() only inside a press (Safari) allow this element's later play() calls too.
   */
  start(script: SlideScript, fromPart: number): void {
    this.stop();
    const asked = { script, fromPart };
    this.asked = asked;
    if (this.manifest !== undefined) {
      this.begin();
      return;
    }
    this.prime(script.id);
    void this.loadManifest().then(() => {
      if (this.asked === asked && !this.held) this.begin();
    });
  }

  pause(): void {
    this.held = true;
    this.hush();
  }

  resume(): void {
    this.held = false;
    if (this.playing) this.play();
    else if (this.asked && this.manifest !== undefined) this.begin();
  }

  stop(): void {
    this.hush();
    this.held = false;
    this.asked = null;
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
    this.audio.removeEventListener('waiting', this.onAudioWaiting);
    this.audio.removeEventListener('playing', this.onAudioPlaying);
    this.audio.removeAttribute('src');
  }

  private loadManifest(): Promise<void> {
    this.manifestLoad ??= this.sources.loadManifest().then((manifest) => {
      this.manifest = manifest;
    });
    return this.manifestLoad;
  }

  /**
   * Calls play() on the slide's likely file inside the press (see start), and pauses it at once:
   * the call is what unlocks the element, and staying at the start means begin() need not seek
   * (a seek while the file is still arriving can make the browser fetch it a second time).
   */
  private prime(slideId: string): void {
    const url = this.sources.likelyUrl(slideId);
    if (!url || this.failedSlides.has(slideId)) return;
    const audio = this.audio;
    if (audio.getAttribute('src') !== url) audio.src = url;
    audio.muted = true;
    audio.play().catch(() => {
      // Interrupted by the pause below, or refused: begin() plays it for real and reports what happens then.
    });
    audio.pause();
  }

  /** The source is known (or known to be missing): play it, or say why not. */
  private begin(): void {
    const asked = this.asked;
    if (!asked) return;
    this.asked = null;
    const { script, fromPart } = asked;
    const source = this.failedSlides.has(script.id) ? 'failed' : this.sources.sourceFor(script, this.manifest ?? null);
    if (typeof source === 'string') {
      this.listener.onFail(MISSING_AUDIO[source]);
      return;
    }
    const [file, ...fallbacks] = [source, ...source.fallbacks].filter(
      (candidate) => !this.unplayableTypes.has(candidate.type),
    );
    if (!file) {
      this.failedSlides.add(script.id);
      this.listener.onFail(MISSING_AUDIO.failed);
      return;
    }
    this.playing = { script, fromPart, file, fallbacks };
    const audio = this.audio;
    if (audio.getAttribute('src') !== file.url) audio.src = file.url;
    audio.muted = false;
    // Setting src resets playbackRate to the default, so both are set.
    this.setRate(this.rate);
    this.follow(source.timeline);
    this.play();
  }

  /** Silent where it is; a late answer from play() is ignored. */
  private hush(): void {
    this.session += 1;
    this.stopTicking();
    window.clearTimeout(this.watchdog);
    this.audio.pause();
  }

  private follow(timeline: SlideTimeline): void {
    const fromPart = this.playing?.fromPart ?? 0;
    this.follower = new CueFollower(timeline, fromPart, (position) => this.listener.onCue(position));
    this.seek(this.follower.partStartMs(fromPart) / 1000);
  }

  /** Moves to a position only if it is not there already: even a seek to where it is can refetch. */
  private seek(seconds: number): void {
    if (this.audio.currentTime !== seconds) this.audio.currentTime = seconds;
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
        else if (!this.tryFallback()) this.fail(mediaProblem(this.audio.error, error));
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

  /** The audio broke while this slide played: it is not tried again in this visit. */
  private fail(problem: string): void {
    const playing = this.playing;
    if (!playing) return;
    this.stop();
    this.failedSlides.add(playing.script.id);
    console.warn(`Narration of slide "${playing.script.id}": ${problem}.`);
    this.listener.onFail(MISSING_AUDIO.failed);
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
    if (!this.tryFallback()) this.fail(mediaProblem(this.audio.error, null));
  }

  /**
   * The file will not play, for a reason another format could avoid (a browser that said it plays
   * Opus but cannot decode it, or a missing file): the same words in the next format, from the same
   * place, so the captions and steps go on as they were. False when there is none left.
   */
  private tryFallback(): boolean {
    const playing = this.playing;
    const code = this.audio.error?.code;
    const fixable = code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED || code === MediaError.MEDIA_ERR_DECODE;
    const [next, ...rest] = playing?.fallbacks ?? [];
    if (!playing || !fixable || !next) return false;
    this.unplayableTypes.add(playing.file.type);
    console.warn(
      `Narration of slide "${playing.script.id}": ${mediaProblem(this.audio.error, null)} as ${playing.file.type}; playing its ${next.type} instead.`,
    );
    const positionMs = this.follower ? this.audio.currentTime * 1000 : 0;
    this.playing = { ...playing, file: next, fallbacks: rest };
    this.hush();
    this.audio.src = next.url;
    this.setRate(this.rate);
    if (positionMs > 0) this.seek(positionMs / 1000);
    else if (this.follower) this.seek(this.follower.partStartMs(playing.fromPart) / 1000);
    if (!this.held) this.play();
    return true;
  }
}

function mediaProblem(mediaError: MediaError | null, error: unknown): string {
  if (mediaError?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED) return 'its audio file is missing or unreadable';
  if (mediaError?.code === MediaError.MEDIA_ERR_NETWORK) return 'its audio could not be downloaded';
  if (mediaError?.code === MediaError.MEDIA_ERR_DECODE) return 'its audio file is damaged';
  return error instanceof Error ? `its audio would not play (${error.message})` : 'its audio would not play';
}

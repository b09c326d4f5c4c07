/**
 * The studio: one slide at a time, shown as the audience sees it (the deck itself, in a frame)
 * beside the next one, its script as a teleprompter with the part being said highlighted, and the
 * controls to record, mark parts, stop, play back and retake. Slide text is set as text only.
 */
import { fetchSlides, type StudioSlide, saveTake } from './api.ts';
import { actionForKey, STUDIO_KEYS, type StudioAction } from './keys.ts';
import { METER_FLOOR_DBFS, meterFraction, quietTakeWarning, SilenceWatch } from './levels.ts';
import { Microphone, MicrophoneError } from './microphone.ts';

/** The count-in before a take starts: three beats. */
const COUNT_IN_BEATS = 3;
const COUNT_IN_BEAT_MS = 700;
/** The deck's own slide width: the frames show it at this size, scaled. */
const AUDIENCE_WIDTH_PX = 1280;
/** A clipping warning stays this long after the last clipped block. */
const CLIP_WARNING_MS = 2000;

type Mode = 'idle' | 'counting' | 'recording' | 'saving' | 'playing';

function formatLength(ms: number | null): string {
  if (ms === null) return 'length unknown';
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export class Studio {
  private slides: StudioSlide[] = [];
  private index = 0;
  private part = 0;
  private mode: Mode = 'idle';
  private microphone: Microphone | null = null;
  private readonly silence = new SilenceWatch();
  private clippedAtMs = Number.NEGATIVE_INFINITY;
  private silent = false;
  private takeWarning: string | null = null;
  private saveProblem: string | null = null;
  private countTimer: number | undefined;
  private readonly buttons = new Map<StudioAction, HTMLButtonElement>();
  /** Plays a take back; the teleprompter beside it is its transcript. */
  private readonly player = new Audio();

  constructor(private readonly doc: Document) {}

  private byId<T extends HTMLElement>(id: string): T {
    const element = this.doc.getElementById(id);
    if (!element) throw new Error(`The studio page has no #${id}.`);
    return element as T;
  }

  async start(): Promise<void> {
    this.makeButtons();
    this.scaleScreens();
    this.doc.addEventListener('keydown', (event) => this.onDocumentKeydown(event));
    this.byId<HTMLSelectElement>('studio-slide-list').addEventListener('change', (event) =>
      this.show(Number((event.target as HTMLSelectElement).value)),
    );
    const player = this.player;
    player.addEventListener('timeupdate', () => this.onPlayerTimeupdate());
    player.addEventListener('ended', () => this.onPlayerEnded());
    try {
      this.slides = await fetchSlides();
    } catch (error) {
      this.byId('studio-position').textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    this.fillSlideList();
    this.show(
      Math.max(
        0,
        this.slides.findIndex((slide) => slide.id === hash),
      ),
    );
    this.openMicrophone();
  }

  /** Each frame shows the deck at the audience's 1280 × 720, scaled to the room it has. */
  private scaleScreens(): void {
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const screen = entry.target as HTMLElement;
        screen.style.setProperty('--scale', String(entry.contentRect.width / AUDIENCE_WIDTH_PX));
      }
    });
    for (const screen of this.doc.querySelectorAll('.studio-screen')) observer.observe(screen);
  }

  private async openMicrophone(): Promise<void> {
    const status = this.byId('studio-mic');
    try {
      this.microphone = await Microphone.open();
      status.textContent = `Microphone ready (records ${Microphone.recordingType() || 'the browser’s default type'}).`;
      status.dataset.ready = 'true';
      this.meterLoop();
    } catch (error) {
      status.textContent = error instanceof MicrophoneError ? error.message : String(error);
      status.dataset.problem = 'true';
    }
    this.render();
  }

  private makeButtons(): void {
    const box = this.byId('studio-buttons');
    for (const entry of STUDIO_KEYS) {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.dataset.action = entry.action;
      button.textContent = entry.label;
      const keys = this.doc.createElement('kbd');
      keys.textContent = entry.shown;
      button.append(' ', keys);
      button.setAttribute(
        'aria-keyshortcuts',
        entry.keys.filter((key) => key.length > 1 || key === key.toUpperCase()).join(' '),
      );
      button.addEventListener('click', () => this.press(entry.action));
      box.append(button);
      this.buttons.set(entry.action, button);
    }
  }

  private onDocumentKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.tagName === 'SELECT') return;
    const action = actionForKey(event.key, this.mode === 'recording');
    if (!action || this.button(action).disabled) return;
    event.preventDefault();
    this.press(action);
  }

  private button(action: StudioAction): HTMLButtonElement {
    return this.buttons.get(action) as HTMLButtonElement;
  }

  private get slide(): StudioSlide | undefined {
    return this.slides[this.index];
  }

  private press(action: StudioAction): void {
    this.microphone?.wake();
    switch (action) {
      case 'record':
      case 'retake':
        this.countIn();
        return;
      case 'stop':
        if (this.mode === 'counting') this.cancel();
        else if (this.mode === 'playing') this.stopPlaying();
        else void this.stopAndSave();
        return;
      case 'cancel':
        this.cancel();
        return;
      case 'nextPart':
        this.nextPart();
        return;
      case 'play':
        this.play();
        return;
      case 'previousSlide':
        this.show(this.index - 1);
        return;
      case 'nextSlide':
        this.show(this.index + 1);
        return;
      default: {
        const never: never = action;
        throw new Error(`Unhandled studio action ${String(never)}`);
      }
    }
  }

  private show(index: number): void {
    if (index < 0 || index >= this.slides.length || this.mode === 'recording' || this.mode === 'counting') return;
    this.stopPlaying();
    this.index = index;
    this.part = 0;
    this.takeWarning = null;
    this.saveProblem = null;
    const slide = this.slide;
    if (!slide) return;
    history.replaceState(null, '', `#/${encodeURIComponent(slide.id)}`);
    this.frame('studio-audience', slide, 0);
    const next = this.slides[index + 1];
    const nextFrame = this.byId<HTMLIFrameElement>('studio-next');
    if (next) this.frame('studio-next', next, 0);
    else nextFrame.src = 'about:blank';
    this.byId('studio-next-title').textContent = next ? `${next.number}. ${next.title}` : 'the end of the deck';
    this.render();
  }

  /** Shows a slide at a step in a frame: the deck itself, so it looks exactly as the audience sees it. */
  private frame(id: string, slide: StudioSlide, step: number): void {
    const frame = this.byId<HTMLIFrameElement>(id);
    const url = `/#/${encodeURIComponent(slide.id)}`;
    const reveal = (frame.contentWindow as (Window & { Reveal?: RevealLike }) | null)?.Reveal;
    if (frame.dataset.loaded === 'true' && reveal?.isReady()) {
      reveal.slide(slide.number - 1, 0, step - 1);
      return;
    }
    frame.dataset.loaded = 'false';
    frame.onload = () => {
      const deck = (frame.contentWindow as (Window & { Reveal?: RevealLike }) | null)?.Reveal;
      const settle = () => {
        frame.dataset.loaded = 'true';
        const wanted = id === 'studio-audience' ? this.slide : this.slides[this.index + 1];
        if (wanted) deck?.slide(wanted.number - 1, 0, (id === 'studio-audience' ? this.part : 0) - 1);
      };
      if (deck?.isReady()) settle();
      else deck?.on('ready', settle);
    };
    frame.src = url;
  }

  private countIn(): void {
    const microphone = this.microphone;
    if (!microphone || this.mode === 'recording' || this.mode === 'counting' || this.mode === 'saving') return;
    this.stopPlaying();
    this.mode = 'counting';
    this.takeWarning = null;
    this.saveProblem = null;
    this.part = 0;
    this.setStep(0);
    const countdown = this.byId('studio-countdown');
    let beat = COUNT_IN_BEATS;
    countdown.hidden = false;
    countdown.textContent = String(beat);
    this.render();
    this.countTimer = window.setInterval(() => {
      beat -= 1;
      if (beat > 0) {
        countdown.textContent = String(beat);
        return;
      }
      window.clearInterval(this.countTimer);
      countdown.textContent = 'Speak';
      void microphone.start().then(() => {
        this.mode = 'recording';
        this.byId('studio-countdown').hidden = true;
        this.render();
      });
    }, COUNT_IN_BEAT_MS);
  }

  private nextPart(): void {
    const slide = this.slide;
    if (this.mode !== 'recording' || !this.microphone || !slide || this.part >= slide.parts.length - 1) return;
    this.part = this.microphone.markPart();
    this.setStep(this.part);
    this.render();
  }

  private setStep(step: number): void {
    const frame = this.byId<HTMLIFrameElement>('studio-audience');
    const slide = this.slide;
    const reveal = (frame.contentWindow as (Window & { Reveal?: RevealLike }) | null)?.Reveal;
    if (slide && reveal?.isReady()) reveal.slide(slide.number - 1, 0, step - 1);
  }

  private cancel(): void {
    window.clearInterval(this.countTimer);
    this.byId('studio-countdown').hidden = true;
    if (this.mode === 'recording') this.microphone?.cancel();
    if (this.mode === 'counting' || this.mode === 'recording') this.mode = 'idle';
    this.render();
  }

  private async stopAndSave(): Promise<void> {
    const slide = this.slide;
    if (this.mode !== 'recording' || !this.microphone || !slide) return;
    this.mode = 'saving';
    this.render();
    try {
      const take = await this.microphone.stop();
      await saveTake(slide.id, take.audio, take.marks);
      this.slides = await fetchSlides();
      const saved = this.slides[this.index];
      const others = this.slides
        .filter((other) => other.id !== slide.id)
        .flatMap((other) => ('meanDb' in other.state && other.state.meanDb !== null ? [other.state.meanDb] : []));
      const meanDb = saved && 'meanDb' in saved.state ? saved.state.meanDb : null;
      this.takeWarning = meanDb === null ? null : quietTakeWarning(meanDb, others);
    } catch (error) {
      this.saveProblem = `The take was not saved: ${error instanceof Error ? error.message : String(error)} The kept take, if any, is unchanged.`;
    }
    this.mode = 'idle';
    this.part = 0;
    this.setStep(0);
    this.render();
  }

  private play(): void {
    const slide = this.slide;
    if (!slide || !('url' in slide.state) || this.mode !== 'idle') return;
    const player = this.player;
    player.src = slide.state.url;
    this.mode = 'playing';
    this.part = 0;
    this.setStep(0);
    player.play().catch((error: unknown) => {
      this.saveProblem = `The take would not play: ${error instanceof Error ? error.message : String(error)}`;
      this.mode = 'idle';
      this.render();
    });
    this.render();
  }

  private stopPlaying(): void {
    if (this.mode !== 'playing') return;
    this.player.pause();
    this.mode = 'idle';
    this.render();
  }

  /** Playback follows the take's marks: the teleprompter and the slide move on with it. */
  private onPlayerTimeupdate(): void {
    const slide = this.slide;
    if (this.mode !== 'playing' || !slide || !('marks' in slide.state)) return;
    const ms = this.player.currentTime * 1000;
    const marks = slide.state.marks;
    const part = Math.max(0, marks.filter((mark) => mark <= ms).length - 1);
    if (part !== this.part) {
      this.part = part;
      this.setStep(part);
      this.render();
    }
  }

  private onPlayerEnded(): void {
    this.mode = 'idle';
    this.part = 0;
    this.setStep(0);
    this.render();
  }

  private meterLoop(): void {
    const microphone = this.microphone;
    if (!microphone) return;
    const bar = this.byId<HTMLMeterElement>('studio-meter');
    const value = this.byId('studio-level-value');
    const tick = () => {
      const level = microphone.level();
      const now = performance.now();
      bar.value = METER_FLOOR_DBFS + meterFraction(level.peakDb) * -METER_FLOOR_DBFS;
      value.textContent = Number.isFinite(level.peakDb) ? `${Math.round(level.peakDb)} dB` : 'silent';
      if (level.clipped) this.clippedAtMs = now;
      const clipping = now - this.clippedAtMs < CLIP_WARNING_MS;
      bar.dataset.clipping = String(clipping);
      const silent = this.silence.feed(level, now);
      if (silent !== this.silent || clipping !== (this.byId('studio-warnings').dataset.clipping === 'true')) {
        this.silent = silent;
        this.renderWarnings(clipping);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  private renderWarnings(clipping = this.byId('studio-warnings').dataset.clipping === 'true'): void {
    const list = this.byId('studio-warnings');
    list.dataset.clipping = String(clipping);
    const warnings = [
      clipping
        ? 'Clipping: the voice is too loud for the microphone and will sound broken. Move back a little or lower the input level, then Retake.'
        : null,
      this.silent
        ? 'No sound from the microphone: check that it is plugged in, not muted, and chosen as the input in the system’s sound settings.'
        : null,
      this.takeWarning,
      this.saveProblem,
    ].filter((warning): warning is string => warning !== null);
    list.replaceChildren(
      ...warnings.map((warning) => {
        const item = this.doc.createElement('li');
        item.textContent = warning;
        return item;
      }),
    );
  }

  private fillSlideList(): void {
    const list = this.byId<HTMLSelectElement>('studio-slide-list');
    list.replaceChildren(
      ...this.slides.map((slide, index) => {
        const option = this.doc.createElement('option');
        option.value = String(index);
        option.textContent = `${slide.number}. ${slide.title} (${stateWord(slide)})`;
        return option;
      }),
    );
  }

  private render(): void {
    const slide = this.slide;
    if (!slide) return;
    this.fillSlideList();
    this.byId<HTMLSelectElement>('studio-slide-list').value = String(this.index);
    this.byId('studio-position').textContent = `Slide ${slide.number} of ${this.slides.length} · ${slide.section}`;
    this.byId('studio-slide-title').textContent = `${slide.number}. ${slide.title}`;
    const state = this.byId('studio-state');
    state.dataset.state = slide.state.kind;
    state.textContent = stateLine(slide);
    const prompter = this.byId('studio-prompter');
    prompter.replaceChildren(
      ...slide.parts.map((text, index) => {
        const item = this.doc.createElement('li');
        item.className = 'studio-part';
        if (index === this.part) item.classList.add('current');
        if (index < this.part) item.classList.add('said');
        if (index === this.part) item.setAttribute('aria-current', 'step');
        const label = this.doc.createElement('span');
        label.className = 'studio-part-label';
        label.textContent = index === 0 ? 'On arrival' : `Step ${index}`;
        item.append(label, this.doc.createTextNode(text));
        return item;
      }),
    );
    prompter.querySelector('.current')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const recording = this.mode === 'recording';
    const idle = this.mode === 'idle';
    const hasTake = 'url' in slide.state;
    const ready = this.microphone !== null;
    this.button('record').disabled = !(idle && ready) || hasTake;
    this.button('retake').disabled = !(idle && ready) || !hasTake;
    this.button('stop').disabled = !(recording || this.mode === 'counting' || this.mode === 'playing');
    this.button('cancel').disabled = !(recording || this.mode === 'counting');
    this.button('nextPart').disabled = !recording || this.part >= slide.parts.length - 1;
    this.button('play').disabled = !idle || !hasTake;
    this.button('previousSlide').disabled = !(idle || this.mode === 'playing') || this.index === 0;
    this.button('nextSlide').disabled = !(idle || this.mode === 'playing') || this.index === this.slides.length - 1;
    this.doc.body.dataset.mode = this.mode;
    this.renderWarnings();
  }
}

interface RevealLike {
  isReady(): boolean;
  slide(h: number, v?: number, f?: number): void;
  on(type: string, listener: () => void): void;
}

function stateWord(slide: StudioSlide): string {
  return { recorded: 'recorded', stale: 'stale', synthetic: 'synthetic', unvoiced: 'no audio' }[slide.state.kind];
}

function stateLine(slide: StudioSlide): string {
  const state = slide.state;
  switch (state.kind) {
    case 'recorded':
      return `Recorded: ${state.file}, ${formatLength(state.durationMs)}. Play it back, or Retake to replace it.`;
    case 'stale':
      return `Stale: the script changed since ${state.file} was recorded (${formatLength(state.durationMs)}). Retake it, so the words match the captions.`;
    case 'synthetic':
      return 'Synthetic: the generated voice says this slide. Record to use your own.';
    case 'unvoiced':
      return 'No audio yet: the browser’s voice or timed captions say this slide. Record to use your own.';
    default: {
      const never: never = state;
      return String(never);
    }
  }
}

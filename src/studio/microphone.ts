/**
 * The microphone: opened once, when the studio opens, so the level meter is live before a take;
 * an AnalyserNode measures it, and a MediaRecorder records it in the best type the browser offers.
 */
import { type BlockLevel, blockLevel } from './levels.ts';

/** Types to record in, best first: Opus in WebM is Chromium's and Firefox's; Safari records MP4. */
const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];
/** Opus at this bitrate keeps a voice clean before processing re-encodes it. */
const RECORDING_BITS_PER_SECOND = 96_000;
/** The analyser's window: about 43 ms at 48 kHz, a meter's refresh. */
const ANALYSER_SAMPLES = 2048;

/** Why the microphone cannot be used, as a person should read it, with how to fix it. */
export class MicrophoneError extends Error {
  override readonly name = 'MicrophoneError';
}

export function microphoneProblem(error: unknown): MicrophoneError {
  const name = error instanceof DOMException ? error.name : '';
  if (!navigator.mediaDevices?.getUserMedia) {
    return new MicrophoneError(
      'This page cannot reach a microphone: browsers allow it only on localhost or HTTPS. Fix: open the URL npm run record printed (http://127.0.0.1:…/studio/).',
    );
  }
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return new MicrophoneError(
      'The browser was refused the microphone. Fix: click the microphone or lock icon in the address bar, set Microphone to Allow for this site, and reload the page.',
    );
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return new MicrophoneError(
      'No microphone was found. Fix: plug one in (or turn it on in the system’s sound settings), then reload the page.',
    );
  }
  if (name === 'NotReadableError') {
    return new MicrophoneError(
      'The microphone is in use by another program or could not be started. Fix: close the other program (or pick another input in the system’s sound settings), then reload.',
    );
  }
  return new MicrophoneError(
    `The microphone could not be opened (${error instanceof Error ? error.message : String(error)}). Fix: check the browser's site settings for the microphone, then reload.`,
  );
}

/** A finished take: its audio and the moments (ms from its start) each part began. */
export interface Take {
  readonly audio: Blob;
  readonly marks: readonly number[];
  readonly durationMs: number;
}

export class Microphone {
  private readonly context: AudioContext;
  private readonly analyser: AnalyserNode;
  private readonly buffer = new Float32Array(ANALYSER_SAMPLES);
  private recorder: MediaRecorder | null = null;
  private chunks: Blob[] = [];
  private startedAtMs = 0;
  private marks: number[] = [];

  private constructor(private readonly stream: MediaStream) {
    this.context = new AudioContext();
    this.analyser = this.context.createAnalyser();
    this.analyser.fftSize = ANALYSER_SAMPLES;
    this.context.createMediaStreamSource(stream).connect(this.analyser);
  }

  /** Opens the microphone with the voice untouched (no gain control, noise or echo processing). */
  static async open(): Promise<Microphone> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
      });
      return new Microphone(stream);
    } catch (error) {
      throw microphoneProblem(error);
    }
  }

  /** The type takes are recorded in. */
  static recordingType(): string {
    return RECORDING_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
  }

  /** The analyser may start suspended until a press (the autoplay policy). */
  wake(): Promise<void> {
    return this.context.state === 'suspended' ? this.context.resume() : Promise.resolve();
  }

  /** The level of the last analyser window. */
  level(): BlockLevel {
    this.analyser.getFloatTimeDomainData(this.buffer);
    return blockLevel(this.buffer);
  }

  get recording(): boolean {
    return this.recorder !== null;
  }

  /** Starts a take; resolves once the recorder is really recording (its clock starts then). */
  start(): Promise<void> {
    const type = Microphone.recordingType();
    const recorder = new MediaRecorder(this.stream, {
      ...(type ? { mimeType: type } : {}),
      audioBitsPerSecond: RECORDING_BITS_PER_SECOND,
    });
    this.recorder = recorder;
    // Each take fills its own list: a cancelled take's last data cannot reach the next one.
    const chunks: Blob[] = [];
    this.chunks = chunks;
    this.marks = [0];
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    return new Promise((started) => {
      recorder.addEventListener(
        'start',
        () => {
          this.startedAtMs = performance.now();
          started();
        },
        { once: true },
      );
      recorder.start();
    });
  }

  /** Where the next part begins: now. Returns the part that begins (1 for the second). */
  markPart(): number {
    this.marks.push(performance.now() - this.startedAtMs);
    return this.marks.length - 1;
  }

  /** Ends the take and hands it over. */
  stop(): Promise<Take> {
    const recorder = this.recorder;
    if (!recorder) return Promise.reject(new Error('No take is being recorded.'));
    const durationMs = performance.now() - this.startedAtMs;
    const chunks = this.chunks;
    return new Promise((done) => {
      recorder.addEventListener(
        'stop',
        () => {
          this.recorder = null;
          done({ audio: new Blob(chunks, { type: recorder.mimeType }), marks: [...this.marks], durationMs });
        },
        { once: true },
      );
      recorder.stop();
    });
  }

  /** Ends the take and throws it away. */
  cancel(): void {
    const recorder = this.recorder;
    this.recorder = null;
    this.chunks = [];
    recorder?.stop();
  }
}

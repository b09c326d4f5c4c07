/**
 * The slides' segments, encoded as their stills arrive: a slide whose segment is in the cache
 * (same stills, timing, transition, size and ffmpeg) is reused; the others are encoded two at a
 * time, on two cores, while the browser goes on photographing the slides after them.
 */
import { availableParallelism } from 'node:os';
import { cacheKey } from './cache.ts';
import { FRAGMENT_FADE_MS, fadeFrames, type PlannedSlide, SLIDE_FADE_MS, type VideoPlan } from './plan.ts';
import { ffmpegStep, type VideoRun } from './run-context.ts';
import { HOLD_FRAME_INTERVAL, type SegmentSpec, segmentArgs, VIDEO_CODEC_ARGS, VIDEO_TIMESCALE } from './segment.ts';

interface Job {
  readonly planned: PlannedSlide;
  /** Stills named by their hash, which is what the key is made of. */
  readonly spec: SegmentSpec;
  readonly key: string;
}

export interface EncodedSegments {
  /** Each slide's segment, in order. */
  readonly paths: readonly string[];
  readonly keys: readonly string[];
  /** Slides encoded in this run (the rest came from the cache). */
  readonly encoded: number;
}

export class SegmentQueue {
  private readonly jobs: Job[] = [];
  private readonly waiting: Job[] = [];
  /** Workers waiting for a job; each is woken when one comes, or when no more will. */
  private sleepers: (() => void)[] = [];
  private closed = false;
  private encoded = 0;
  /** The first encode that failed: the run stops at the next slide instead of photographing the rest. */
  private failure: { error: unknown } | null = null;
  private readonly workers: Promise<void>[];

  constructor(
    private readonly run: VideoRun,
    private readonly plan: VideoPlan,
  ) {
    const parallel = Math.max(1, Math.min(2, availableParallelism()));
    this.workers = Array.from({ length: parallel }, () => this.work());
    // Awaited in finish(); a failure before then must not surface as an unhandled rejection.
    for (const worker of this.workers) worker.catch(() => undefined);
  }

  /** The stills of the next slide in order (the slide before's are known already): encoded at once unless cached. */
  add(stills: ReadonlyMap<string, readonly string[]>): void {
    if (this.failure) throw this.failure.error;
    const index = this.jobs.length;
    const planned = this.plan.slides[index];
    if (!planned) throw new Error(`The plan has no slide ${index + 1}.`);
    const fade = this.run.options.transition === 'fade';
    const spec = segmentSpec(planned, this.plan.slides[index - 1], stills, fade, this.plan.fps);
    const key = cacheKey(
      'segment',
      this.run.ffmpegVersion,
      VIDEO_CODEC_ARGS,
      HOLD_FRAME_INTERVAL,
      VIDEO_TIMESCALE,
      spec,
    );
    const job = { planned, spec, key };
    this.jobs.push(job);
    if (this.run.options.force || !this.run.cache.has('segments', key)) {
      this.waiting.push(job);
      this.wakeAll();
    }
  }

  /** Waits for every segment; says how many were reused. */
  async finish(): Promise<EncodedSegments> {
    this.closed = true;
    this.wakeAll();
    await Promise.all(this.workers);
    const reused = this.jobs.length - this.encoded;
    if (reused > 0) {
      this.run.progress.note(
        `encoding: ${reused} of ${this.jobs.length} slides are unchanged, their segments reused from the cache`,
      );
    }
    return {
      paths: this.jobs.map((job) => this.run.cache.path('segments', job.key)),
      keys: this.jobs.map((job) => job.key),
      encoded: this.encoded,
    };
  }

  private async work(): Promise<void> {
    for (;;) {
      const job = this.waiting.shift();
      if (job) {
        try {
          await this.encode(job);
        } catch (error) {
          this.failure ??= { error };
          throw error;
        }
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => this.sleepers.push(resolve));
    }
  }

  private wakeAll(): void {
    for (const wake of this.sleepers.splice(0)) wake();
  }

  private async encode({ planned, spec, key }: Job): Promise<void> {
    const { cache, progress } = this.run;
    const total = this.plan.slides.length;
    const steps = spec.stills.length;
    await progress.step(
      async () => {
        const staged = cache.staging('segments', key);
        const onDisk = {
          ...spec,
          from: spec.from === null ? null : cache.path('stills', spec.from),
          stills: spec.stills.map((hash) => cache.path('stills', hash)),
        };
        await ffmpegStep(
          this.run,
          `encoding slide ${planned.slide.number} "${planned.slide.id}"`,
          segmentArgs(onDisk, staged),
          staged,
        );
        await cache.commit('segments', key, staged);
      },
      () =>
        `encoding ${planned.slide.number}/${total} "${planned.slide.id}": ${(planned.durationMs / 1000).toFixed(1)} s, ${steps} ${steps === 1 ? 'step' : 'steps'}`,
    );
    this.encoded += 1;
  }
}

/** A slide's segment, with its stills named by hash. */
function segmentSpec(
  planned: PlannedSlide,
  before: PlannedSlide | undefined,
  stills: ReadonlyMap<string, readonly string[]>,
  fade: boolean,
  fps: number,
): SegmentSpec {
  const own = [...(stills.get(planned.slide.id) ?? [])];
  const from = fade && before ? (stills.get(before.slide.id)?.at(-1) ?? null) : null;
  const stepFrames = planned.steps.map((step) => step.startFrame);
  const lengths = stepFrames.map((start, step) => (stepFrames[step + 1] ?? planned.frames) - start);
  return {
    from,
    stills: own,
    stepFrames,
    frames: planned.frames,
    slideFadeFrames: from ? fadeFrames(SLIDE_FADE_MS, fps, lengths[0] ?? 1) : 0,
    // One fade length for the slide's fragments, short enough for its shortest step.
    fragmentFadeFrames:
      fade && lengths.length > 1
        ? Math.min(...lengths.slice(1).map((length) => fadeFrames(FRAGMENT_FADE_MS, fps, length)))
        : 0,
    fps,
  };
}

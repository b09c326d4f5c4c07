/**
 * The ffmpeg command that encodes one slide's segment from its stills: each step's still held from
 * its frame on, cross-faded from the slide before and fading each fragment step in (ffmpeg's
 * xfade), as the deck does. A still picture needs no 30 frames a second: only the frames of a fade
 * are kept, and one every 5 s while the picture holds, with their times (variable frame rate), so
 * a 40-second slide is a few dozen frames to encode instead of 1,200. Pure: it builds arguments.
 */

/**
 * While a picture holds, one frame is kept every this many frames (every 5 s at 30 fps), so
 * players and editors still meet a frame now and then. Each costs x264 about 20 ms at 1080p even
 * when nothing moves: every 2 s, the holds were a third of all encoding.
 */
export const HOLD_FRAME_INTERVAL = 150;

/**
 * H.264 for text on flat colour: x264's still-image tuning, no B-frames (segments joined without
 * re-encoding must start cleanly, and sparse frames gain nothing from them), BT.709 as players assume for HD.
 */
export const VIDEO_CODEC_ARGS = [
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-tune',
  'stillimage',
  // Text stays crisp and the theme's gradient smooth at 20; 18 made files a third larger, no better to the eye.
  '-crf',
  '20',
  '-bf',
  '0',
  '-pix_fmt',
  'yuv420p',
  '-colorspace',
  'bt709',
  '-color_primaries',
  'bt709',
  '-color_trc',
  'bt709',
  '-color_range',
  'tv',
] as const;

/** The MP4 clock of a segment: fine enough to place each segment at its exact millisecond when joined. */
export const VIDEO_TIMESCALE = 90_000;

export interface SegmentSpec {
  /** The previous slide's last still, cross-faded from at the start; null: the slide cuts in. */
  readonly from: string | null;
  /** One still per step of the slide, arrival first. */
  readonly stills: readonly string[];
  /** The frame each step appears on; the first is 0. */
  readonly stepFrames: readonly number[];
  /** Frames in the segment. */
  readonly frames: number;
  /** Frames of the fade from the previous slide (0: a cut). */
  readonly slideFadeFrames: number;
  /** Frames of a fragment step's fade-in (0: it appears at once). */
  readonly fragmentFadeFrames: number;
  readonly fps: number;
}

/** Frames of the segment that are kept: the fades, the first frame of each step, one every HOLD_FRAME_INTERVAL, the last. */
export function keptFrames(spec: SegmentSpec): string {
  const ranges = spec.stepFrames.map((start, step) => {
    const fade = step === 0 ? (spec.from !== null ? spec.slideFadeFrames : 0) : spec.fragmentFadeFrames;
    return `between(n,${start},${start + fade})`;
  });
  return [...ranges, `not(mod(n,${HOLD_FRAME_INTERVAL}))`, `eq(n,${spec.frames - 1})`].join('+');
}

/**
 * The filter graph: stills in (as ffmpeg inputs, `from` first when there is one), one video stream
 * out as [v]. With fades, each step's still lasts until the next has faded in over it (xfade takes
 * the first frames of its second input for the fade); without, the stills follow one another.
 */
export function segmentFilter(spec: SegmentSpec): string {
  const { stills, stepFrames, frames, fps } = spec;
  const seconds = (frame: number) => (frame / fps).toFixed(6);
  const ends = stepFrames.map((_, step) => stepFrames[step + 1] ?? frames);
  const graph: string[] = [];
  // Converted to video colour once per still (4:4:4, which xfade works in; 4:2:0 would be converted
  // back and forth on every frame), then repeated as references; only kept frames become 4:2:0.
  const still = (input: number, label: string, length: number) =>
    graph.push(
      `[${input}:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv444p,setsar=1,tpad=stop_mode=clone:stop=${Math.max(0, length - 1)}[${label}]`,
    );
  const fadeIn = spec.from !== null && spec.slideFadeFrames > 0;
  const fragmentFades = stills.length > 1 && spec.fragmentFadeFrames > 0;
  if (!fadeIn && !fragmentFades) {
    stills.forEach((_, step) => {
      still(step, `s${step}`, (ends[step] ?? frames) - (stepFrames[step] ?? 0));
    });
    graph.push(`${stills.map((_, step) => `[s${step}]`).join('')}concat=n=${stills.length}:v=1:a=0[joined]`);
  } else {
    const first = fadeIn ? 1 : 0;
    stills.forEach((_, step) => {
      const overlap = step < stills.length - 1 ? spec.fragmentFadeFrames : 0;
      still(step + first, `s${step}`, (ends[step] ?? frames) - (stepFrames[step] ?? 0) + overlap);
    });
    let current = 's0';
    if (fadeIn) {
      still(0, 'from', spec.slideFadeFrames);
      graph.push(`[from][s0]xfade=transition=fade:duration=${seconds(spec.slideFadeFrames)}:offset=0[x0]`);
      current = 'x0';
    }
    for (let step = 1; step < stills.length; step++) {
      graph.push(
        `[${current}][s${step}]xfade=transition=fade:duration=${seconds(spec.fragmentFadeFrames)}:offset=${seconds(stepFrames[step] ?? 0)}[x${step}]`,
      );
      current = `x${step}`;
    }
    graph.push(`[${current}]null[joined]`);
  }
  graph.push(`[joined]select='${keptFrames(spec)}',format=yuv420p[v]`);
  return graph.join(';');
}

/** The inputs the graph reads, in order. */
export function segmentInputs(spec: SegmentSpec): string[] {
  return spec.from !== null && spec.slideFadeFrames > 0 ? [spec.from, ...spec.stills] : [...spec.stills];
}

/** Everything after `ffmpeg`: the stills as inputs, the graph, the encoder, the output (MP4). */
export function segmentArgs(spec: SegmentSpec, output: string): string[] {
  const inputs = segmentInputs(spec).flatMap((path) => ['-framerate', String(spec.fps), '-i', path]);
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    ...inputs,
    '-filter_complex',
    segmentFilter(spec),
    '-map',
    '[v]',
    // The kept frames keep their times: no frame is repeated to fill the gaps.
    '-fps_mode',
    'passthrough',
    ...VIDEO_CODEC_ARGS,
    '-video_track_timescale',
    String(VIDEO_TIMESCALE),
    '-an',
    '-f',
    'mp4',
    output,
  ];
}

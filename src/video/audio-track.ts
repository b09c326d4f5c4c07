/**
 * The video's one audio track: each slide's narration, then silence to the end of its time on
 * screen, one after another, encoded once as AAC. One track rather than audio per segment: AAC
 * pieces joined without re-encoding would each bring their encoder's priming silence, a gap at
 * every slide. Pure: it builds arguments.
 */

/** 48 kHz: what video sites and players expect, whatever the narration was made at. */
export const AUDIO_SAMPLE_RATE_HZ = 48_000;
/** Mono AAC-LC; ample for speech, generated or recorded (a 12-minute deck: 6 MB). */
export const AUDIO_BITRATE_KBPS = 64;
/** ffmpeg's AAC encoder: its fast coder is about three times quicker than the default, and as good for speech. */
export const AUDIO_CODEC_ARGS = ['-c:a', 'aac', '-aac_coder', 'fast', '-b:a', `${AUDIO_BITRATE_KBPS}k`] as const;

export interface AudioPiece {
  readonly path: string;
  /** How long it lasts in the video, narration and silence after it. */
  readonly durationMs: number;
}

/** Samples a piece lasts at the track's rate: exact, so the audio ends where the video does. */
export function pieceSamples(durationMs: number): number {
  return Math.round((durationMs * AUDIO_SAMPLE_RATE_HZ) / 1000);
}

/** Everything after `ffmpeg`: the narration files in, one mono AAC track out (an M4A file). */
export function audioTrackArgs(pieces: readonly AudioPiece[], output: string): string[] {
  const filters = pieces.map((piece, index) => {
    const samples = pieceSamples(piece.durationMs);
    return `[${index}:a]aresample=${AUDIO_SAMPLE_RATE_HZ},aformat=sample_fmts=fltp:channel_layouts=mono,apad=whole_len=${samples},atrim=end_sample=${samples}[a${index}]`;
  });
  const joined = `${pieces.map((_, index) => `[a${index}]`).join('')}concat=n=${pieces.length}:v=0:a=1[a]`;
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    ...pieces.flatMap((piece) => ['-i', piece.path]),
    '-filter_complex',
    [...filters, joined].join(';'),
    '-map',
    '[a]',
    ...AUDIO_CODEC_ARGS,
    '-f',
    'mp4',
    output,
  ];
}

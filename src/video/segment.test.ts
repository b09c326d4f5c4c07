import { describe, expect, test } from 'vitest';
import { audioTrackArgs, pieceSamples } from './audio-track.ts';
import { keptFrames, type SegmentSpec, segmentArgs, segmentFilter } from './segment.ts';

const spec: SegmentSpec = {
  from: '/stills/before.png',
  stills: ['/stills/arrive.png', '/stills/step1.png'],
  stepFrames: [0, 120],
  frames: 300,
  slideFadeFrames: 12,
  fragmentFadeFrames: 6,
  fps: 30,
};

describe('a slide’s segment', () => {
  test('fades in from the slide before, then fades its fragment step in where its part begins', () => {
    expect(segmentFilter(spec).split(';')).toEqual([
      '[1:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv444p,setsar=1,tpad=stop_mode=clone:stop=125[s0]',
      '[2:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv444p,setsar=1,tpad=stop_mode=clone:stop=179[s1]',
      '[0:v]scale=out_color_matrix=bt709:out_range=tv,format=yuv444p,setsar=1,tpad=stop_mode=clone:stop=11[from]',
      '[from][s0]xfade=transition=fade:duration=0.400000:offset=0[x0]',
      '[x0][s1]xfade=transition=fade:duration=0.200000:offset=4.000000[x1]',
      '[x1]null[joined]',
      "[joined]select='between(n,0,12)+between(n,120,126)+not(mod(n,150))+eq(n,299)',format=yuv420p[v]",
    ]);
  });

  test('without transitions the stills follow each other, and only the frames that show something new are kept', () => {
    const cut = { ...spec, from: null, slideFadeFrames: 0, fragmentFadeFrames: 0 };
    expect(segmentFilter(cut)).toContain('[s0][s1]concat=n=2:v=1:a=0[joined]');
    expect(segmentFilter(cut)).not.toContain('xfade');
    expect(keptFrames(cut)).toBe('between(n,0,0)+between(n,120,120)+not(mod(n,150))+eq(n,299)');
  });

  test('reads its stills in graph order and writes H.264 yuv420p at variable frame rate into an MP4', () => {
    const args = segmentArgs(spec, '/cache/out.tmp');
    expect(args.filter((_, index) => args[index - 1] === '-i')).toEqual([
      '/stills/before.png',
      '/stills/arrive.png',
      '/stills/step1.png',
    ]);
    expect(args.join(' ')).toContain('-fps_mode passthrough -c:v libx264');
    expect(args.join(' ')).toContain('-pix_fmt yuv420p');
    expect(args.slice(-3)).toEqual(['-f', 'mp4', '/cache/out.tmp']);
  });
});

describe('the audio track', () => {
  test('pads each slide’s narration to its time on screen, to the sample, and joins them into one AAC track', () => {
    expect(pieceSamples(24_532)).toBe(1_177_536);
    const args = audioTrackArgs(
      [
        { path: '/a.mp3', durationMs: 1000 },
        { path: '/b.m4a', durationMs: 2500.5 },
      ],
      '/out.tmp',
    );
    const graph = args[args.indexOf('-filter_complex') + 1] ?? '';
    expect(graph).toContain(
      '[0:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=mono,apad=whole_len=48000,atrim=end_sample=48000[a0]',
    );
    expect(graph).toContain('apad=whole_len=120024,atrim=end_sample=120024[a1]');
    expect(graph).toContain('[a0][a1]concat=n=2:v=0:a=1[a]');
    expect(args.join(' ')).toContain('-c:a aac');
  });
});

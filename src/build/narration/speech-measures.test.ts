import { describe, expect, it } from 'vitest';
import { clippedShare, innerPauses, intonation, pitchTrack } from './speech-measures.ts';

const RATE = 16_000;

/** A buzzy voice-like tone (a pulse train's harmonics) whose pitch glides from one Hz to another. */
function glide(fromHz: number, toHz: number, seconds: number, amplitude = 0.3): Float32Array {
  const samples = new Float32Array(Math.round(seconds * RATE));
  let phase = 0;
  for (let index = 0; index < samples.length; index++) {
    const hz = fromHz + ((toHz - fromHz) * index) / samples.length;
    phase += (2 * Math.PI * hz) / RATE;
    let value = 0;
    for (let harmonic = 1; harmonic <= 8; harmonic++) value += Math.sin(harmonic * phase) / harmonic;
    samples[index] = amplitude * 0.5 * value;
  }
  return samples;
}

function join(...pieces: Float32Array[]): Float32Array {
  const all = new Float32Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    all.set(piece, at);
    at += piece.length;
  }
  return all;
}

describe('measuring a voice', () => {
  it('tracks pitch, and finds silence unvoiced', () => {
    const track = pitchTrack(join(glide(150, 150, 0.5), new Float32Array(RATE / 2)), RATE);
    const voiced = track.slice(5, 40).filter((hz) => hz !== null) as number[];
    expect(voiced.length).toBeGreaterThan(30);
    for (const hz of voiced) expect(Math.abs(hz - 150)).toBeLessThan(5);
    expect(track.slice(-10).every((hz) => hz === null)).toBe(true);
  });

  it('tells a falling sentence from a flat one, and a drone from a moving voice', () => {
    const falling = intonation(pitchTrack(glide(220, 140, 1.5), RATE));
    const flat = intonation(pitchTrack(glide(180, 180, 1.5), RATE));
    expect(falling?.finalFallSemitones).toBeGreaterThan(2);
    expect(falling?.rangeSemitones).toBeGreaterThan(4);
    expect(Math.abs(flat?.finalFallSemitones ?? 99)).toBeLessThan(0.5);
    expect(flat?.rangeSemitones).toBeLessThan(0.5);
  });

  it('finds the pauses inside speech but not the silence around it, and counts clipped samples', () => {
    const quiet = (seconds: number) => new Float32Array(Math.round(seconds * RATE));
    const speech = join(
      quiet(0.3),
      glide(150, 150, 0.4),
      quiet(0.25),
      glide(150, 150, 0.4),
      quiet(0.05),
      glide(150, 150, 0.4),
      quiet(0.3),
    );
    const pauses = innerPauses(speech, RATE, 100);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]?.startMs).toBeGreaterThanOrEqual(690);
    expect(pauses[0]?.endMs).toBeLessThanOrEqual(960);
    expect(clippedShare(speech)).toBe(0);
    expect(clippedShare(glide(150, 150, 0.5, 3))).toBeGreaterThan(0.1);
  });
});

/** Mono 16-bit PCM: joining pieces, silence of a length, and reading the WAV files engines write. */

export function concatSamples(pieces: readonly Int16Array[]): Int16Array {
  const all = new Int16Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    all.set(piece, at);
    at += piece.length;
  }
  return all;
}

export function samplesFor(ms: number, sampleRateHz: number): number {
  return Math.round((ms * sampleRateHz) / 1000);
}

export class WavFormatError extends Error {
  override readonly name = 'WavFormatError';
}

/** The samples of a 16-bit PCM mono RIFF WAV file, and its rate. */
export function readWav(bytes: Uint8Array, where: string): { samples: Int16Array; sampleRateHz: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') {
    throw new WavFormatError(`${where} is not a RIFF WAV file. Fix: check the engine wrote a WAV there.`);
  }
  let sampleRateHz = 0;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ') {
      const format = view.getUint16(at + 8, true);
      const channels = view.getUint16(at + 10, true);
      const bits = view.getUint16(at + 22, true);
      if (format !== 1 || channels !== 1 || bits !== 16) {
        throw new WavFormatError(
          `${where} is ${channels}-channel, ${bits}-bit, format ${format}; the renderer reads 16-bit PCM mono. Fix: have the engine write 16-bit mono PCM.`,
        );
      }
      sampleRateHz = view.getUint32(at + 12, true);
    } else if (tag(at) === 'data') {
      if (!sampleRateHz) throw new WavFormatError(`${where} has its data before its format. Fix: rewrite the file.`);
      const end = Math.min(bytes.length, at + 8 + size);
      const samples = new Int16Array((end - at - 8) >> 1);
      for (let index = 0; index < samples.length; index++) samples[index] = view.getInt16(at + 8 + 2 * index, true);
      return { samples, sampleRateHz };
    }
    at += 8 + size + (size & 1);
  }
  throw new WavFormatError(`${where} has no data chunk. Fix: check the engine finished writing it.`);
}

/** A 16-bit PCM mono RIFF WAV file of these samples. */
export function wavBytes(samples: Int16Array, sampleRateHz: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const tag = (at: number, text: string) => {
    for (let index = 0; index < 4; index++) view.setUint8(at + index, text.charCodeAt(index));
  };
  tag(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRateHz, true);
  view.setUint32(28, sampleRateHz * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  tag(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (const [index, sample] of samples.entries()) view.setInt16(44 + 2 * index, sample, true);
  return bytes;
}

export function toInt16(samples: Float32Array): Int16Array {
  return Int16Array.from(samples, (sample) => Math.max(-32_768, Math.min(32_767, Math.round(sample * 32_768))));
}

/**
 * A 4th-order low-pass (two Butterworth biquads, the RBJ cookbook's), for speech about to be coded
 * at a low bitrate: what the codec is not given it cannot smear into the band the words are in.
 */
export function lowpass(samples: Int16Array, sampleRateHz: number, cutoffHz: number): Int16Array {
  const w0 = (2 * Math.PI * cutoffHz) / sampleRateHz;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (1 - cos) / 2 / a0;
  const b1 = (1 - cos) / a0;
  const b2 = b0;
  const a1 = (-2 * cos) / a0;
  const a2 = (1 - alpha) / a0;
  let signal = Float64Array.from(samples);
  for (let stage = 0; stage < 2; stage++) {
    const out = new Float64Array(signal.length);
    let x1 = 0;
    let x2 = 0;
    let y1 = 0;
    let y2 = 0;
    for (let index = 0; index < signal.length; index++) {
      const x = signal[index] ?? 0;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      out[index] = y;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
    }
    signal = out;
  }
  return Int16Array.from(signal, (value) => Math.max(-32_768, Math.min(32_767, Math.round(value))));
}

/** Zero crossings of the resampling kernel on each side: its sharpness, and its cost. */
const RESAMPLE_ZERO_CROSSINGS = 16;
/** The kernel passes this share of the lower rate's band: the rest is the filter's transition. */
const RESAMPLE_PASSBAND = 0.9;
/** Kernel values tabled per input sample, read between by linear interpolation. */
const RESAMPLE_TABLE_STEPS = 512;

/**
 * Mono samples at another rate, by band-limited interpolation (a Hann-windowed sinc): what the
 * lower rate cannot hold is filtered out first, so nothing folds back into the speech band.
 */
export function resample(samples: Int16Array, fromHz: number, toHz: number): Int16Array {
  if (fromHz === toHz) return samples;
  const step = fromHz / toHz;
  // A fraction of the input's Nyquist frequency: lowered when going down, so the output's holds.
  const cutoff = Math.min(1, toHz / fromHz) * RESAMPLE_PASSBAND;
  const halfWidth = RESAMPLE_ZERO_CROSSINGS / cutoff;
  const table = new Float64Array(Math.ceil(halfWidth * RESAMPLE_TABLE_STEPS) + 2);
  for (let index = 0; index < table.length; index++) {
    const x = index / RESAMPLE_TABLE_STEPS;
    const window = x >= halfWidth ? 0 : 0.5 + 0.5 * Math.cos((Math.PI * x) / halfWidth);
    table[index] = x === 0 ? cutoff : (cutoff * Math.sin(Math.PI * cutoff * x) * window) / (Math.PI * cutoff * x);
  }
  const kernel = (x: number) => {
    const position = Math.abs(x) * RESAMPLE_TABLE_STEPS;
    const below = Math.floor(position);
    const a = table[below] ?? 0;
    return a + ((table[below + 1] ?? 0) - a) * (position - below);
  };
  const out = new Int16Array(Math.floor(samples.length / step));
  for (let index = 0; index < out.length; index++) {
    const center = index * step;
    const first = Math.max(0, Math.ceil(center - halfWidth));
    const last = Math.min(samples.length - 1, Math.floor(center + halfWidth));
    let sum = 0;
    for (let at = first; at <= last; at++) sum += (samples[at] ?? 0) * kernel(at - center);
    out[index] = Math.max(-32_768, Math.min(32_767, Math.round(sum)));
  }
  return out;
}

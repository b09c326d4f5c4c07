/** MP3 encoding (LAME compiled to WebAssembly, build time only) and reading an MP3's length. */
import { createMp3Encoder } from 'wasm-media-encoders';
import type { Mp3Settings } from '../../narration/index.ts';

type Mp3Bitrate = 8 | 16 | 24 | 32 | 40 | 48 | 64;

/**
 * Samples a decoder gives back before the first one encoded: LAME's 576 of encoder delay and the
 * 529 of the decoder's filter bank. The encoder writes no gapless header, so players play them.
 */
export const MP3_DELAY_SAMPLES = 576 + 529;

/** How much later than in the samples encoded a moment is heard in the MP3 (about 69 ms at 16 kHz). */
export function mp3DelayMs(settings: Mp3Settings): number {
  return (MP3_DELAY_SAMPLES * 1000) / settings.sampleRateHz;
}

/** Encodes mono samples given at inputRateHz into a constant-bitrate MP3 at the settings' rate. */
export async function encodeMp3(samples: Int16Array, inputRateHz: number, settings: Mp3Settings): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({
    channels: 1,
    sampleRate: inputRateHz,
    outputSampleRate: settings.sampleRateHz,
    bitrate: settings.bitrateKbps as Mp3Bitrate,
  });
  const floats = Float32Array.from(samples, (sample) => sample / 32_768);
  const chunks: Uint8Array[] = [];
  const blockSamples = inputRateHz;
  // The encoder reuses its output buffer, so each chunk is copied before the next call.
  for (let at = 0; at < floats.length; at += blockSamples) {
    chunks.push(Uint8Array.from(encoder.encode([floats.subarray(at, at + blockSamples)])));
  }
  chunks.push(Uint8Array.from(encoder.finalize()));
  return Buffer.concat(chunks);
}

const BITRATES_KBPS: Record<'1' | '2', readonly number[]> = {
  // MPEG-1 and MPEG-2/2.5 layer III bitrate tables, by the header's 4-bit index.
  '1': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES_HZ: Record<number, readonly number[]> = {
  3: [44_100, 48_000, 32_000],
  2: [22_050, 24_000, 16_000],
  0: [11_025, 12_000, 8_000],
};

/** An MP3's length in milliseconds, by walking its layer III frames; null when it holds none. */
export function mp3DurationMs(bytes: Uint8Array): number | null {
  return readMp3(bytes)?.durationMs ?? null;
}

/** What an MP3's frame headers say: its length, and every sample rate its frames use. */
export interface Mp3Facts {
  readonly durationMs: number;
  readonly sampleRatesHz: readonly number[];
}

/** Walks an MP3's layer III frames; null when it holds none. */
export function readMp3(bytes: Uint8Array): Mp3Facts | null {
  let at = skipId3(bytes);
  let seconds = 0;
  let frames = 0;
  const sampleRatesHz = new Set<number>();
  while (at + 4 <= bytes.length) {
    const b1 = bytes[at + 1] ?? 0;
    const b2 = bytes[at + 2] ?? 0;
    const version = (b1 >> 3) & 3;
    const layer = (b1 >> 1) & 3;
    const bitrate = BITRATES_KBPS[version === 3 ? '1' : '2'][(b2 >> 4) & 15] ?? 0;
    const sampleRate = SAMPLE_RATES_HZ[version]?.[(b2 >> 2) & 3];
    if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0 || layer !== 1 || !bitrate || !sampleRate) {
      at += 1;
      continue;
    }
    const samplesPerFrame = version === 3 ? 1152 : 576;
    const size = Math.floor(((samplesPerFrame / 8) * bitrate * 1000) / sampleRate) + ((b2 >> 1) & 1);
    seconds += samplesPerFrame / sampleRate;
    frames += 1;
    sampleRatesHz.add(sampleRate);
    at += size;
  }
  return frames > 0 ? { durationMs: Math.round(seconds * 1000), sampleRatesHz: [...sampleRatesHz] } : null;
}

function skipId3(bytes: Uint8Array): number {
  if (bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  const size =
    (((bytes[6] ?? 0) & 0x7f) << 21) |
    (((bytes[7] ?? 0) & 0x7f) << 14) |
    (((bytes[8] ?? 0) & 0x7f) << 7) |
    ((bytes[9] ?? 0) & 0x7f);
  return 10 + size;
}

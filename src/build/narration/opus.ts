/**
 * Opus in WebM (libopus compiled to WebAssembly by `opusscript`, the container written by
 * `mediabunny`; both build time only), the deck's clearest format within its size budget, and the
 * way back to samples for the tests and the voice bench.
 */
import { createRequire } from 'node:module';
import {
  BufferSource,
  BufferTarget,
  EncodedAudioPacketSource,
  EncodedPacket,
  EncodedPacketSink,
  Input,
  Output,
  WEBM,
  WebMOutputFormat,
} from 'mediabunny';
import type { OpusSettings } from '../../narration/index.ts';
import { concatSamples, resample } from './pcm.ts';

/** The rate the encoder is given: Opus codes speech as wideband (to 8 kHz) at these bitrates anyway. */
export const OPUS_INPUT_RATE_HZ = 16_000;
/** Opus's own clock: timestamps and the pre-skip count in 48 kHz samples whatever the input rate. */
const OPUS_CLOCK_HZ = 48_000;
/**
 * The encoder's lookahead, which a decoder drops from the start (the header's pre-skip): libopus
 * delays its output by 2.5 ms plus 4 ms of delay compensation, 312 samples at 48 kHz.
 */
export const OPUS_PRE_SKIP = 312;
/** libopus's OPUS_APPLICATION_* values. */
const APPLICATION = { voip: 2048, audio: 2049 } as const;
/** libopus's OPUS_SET_COMPLEXITY: its slowest, most careful search; a slide encodes in well under a second. */
const OPUS_SET_COMPLEXITY = 4010;
const MAX_COMPLEXITY = 10;
/** libopus's OPUS_SET_VBR and OPUS_SET_VBR_CONSTRAINT (1 on, 0 off). */
const OPUS_SET_VBR = 4006;
const OPUS_SET_VBR_CONSTRAINT = 4020;
/** libopus's OPUS_SET_SIGNAL with OPUS_SIGNAL_VOICE: the input is speech, whatever it guesses. */
const OPUS_SET_SIGNAL = 4024;
const OPUS_SIGNAL_VOICE = 3001;

interface OpusCodec {
  encode(pcm: Buffer, frameSamples: number): Buffer;
  decode(packet: Buffer): Buffer;
  setBitrate(bitsPerSecond: number): void;
  encoderCTL(ctl: number, value: number): void;
  delete(): void;
}
type OpusCodecClass = new (rateHz: number, channels: number, application: number) => OpusCodec;

const OpusScript = createRequire(import.meta.url)('opusscript') as OpusCodecClass;

export class OpusFileError extends Error {
  override readonly name = 'OpusFileError';
}

/** The OpusHead a WebM track carries as its codec private data (RFC 7845, section 5.1). */
export function opusHead(inputRateHz: number): Uint8Array {
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(new TextEncoder().encode('OpusHead'));
  head[8] = 1; // version
  head[9] = 1; // mono
  view.setUint16(10, OPUS_PRE_SKIP, true);
  view.setUint32(12, inputRateHz, true);
  // Output gain 0 and channel mapping family 0 (mono or stereo) are the zeros left.
  return head;
}

/** Encodes mono samples given at inputRateHz as Opus in WebM; the same samples always give the same bytes. */
export async function encodeWebmOpus(
  samples: Int16Array,
  inputRateHz: number,
  settings: OpusSettings,
): Promise<Uint8Array> {
  const pcm = resample(samples, inputRateHz, OPUS_INPUT_RATE_HZ);
  const frameSamples = (OPUS_INPUT_RATE_HZ * settings.frameMs) / 1000;
  const encoder = new OpusScript(OPUS_INPUT_RATE_HZ, 1, APPLICATION[settings.application]);
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  try {
    encoder.setBitrate(settings.bitrateKbps * 1000);
    encoder.encoderCTL(OPUS_SET_COMPLEXITY, MAX_COMPLEXITY);
    encoder.encoderCTL(OPUS_SET_VBR, 1);
    encoder.encoderCTL(OPUS_SET_VBR_CONSTRAINT, settings.vbr === 'constrained' ? 1 : 0);
    encoder.encoderCTL(OPUS_SET_SIGNAL, OPUS_SIGNAL_VOICE);
    const track = new EncodedAudioPacketSource('opus');
    output.addAudioTrack(track);
    await output.start();
    const decoderConfig = {
      codec: 'opus',
      numberOfChannels: 1,
      sampleRate: OPUS_CLOCK_HZ,
      description: opusHead(OPUS_INPUT_RATE_HZ),
    };
    // The last frame is padded with silence: Opus codes whole frames only.
    const frames = Math.ceil((pcm.length + OPUS_PRE_SKIP / (OPUS_CLOCK_HZ / OPUS_INPUT_RATE_HZ)) / frameSamples);
    const padded = new Int16Array(frames * frameSamples);
    padded.set(pcm);
    for (let frame = 0; frame < frames; frame++) {
      const chunk = padded.subarray(frame * frameSamples, (frame + 1) * frameSamples);
      const data = encoder.encode(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), frameSamples);
      const seconds = frameSamples / OPUS_INPUT_RATE_HZ;
      await track.add(
        new EncodedPacket(new Uint8Array(data), 'key', frame * seconds, seconds),
        frame === 0 ? { decoderConfig } : undefined,
      );
    }
    await output.finalize();
    const buffer = output.target.buffer;
    if (!buffer) throw new OpusFileError('The WebM writer gave back no file. Fix: run `npm ci` to restore mediabunny.');
    return new Uint8Array(buffer);
  } finally {
    encoder.delete();
  }
}

/** What a WebM Opus file holds, as a player reads it. */
export interface WebmOpusFacts {
  readonly durationMs: number;
  readonly codec: string | null;
  readonly channels: number;
}

export async function readWebmOpus(bytes: Uint8Array): Promise<WebmOpusFacts | null> {
  const input = new Input({ source: new BufferSource(bytes), formats: [WEBM] });
  try {
    const track = await input.getPrimaryAudioTrack();
    if (!track) return null;
    return {
      durationMs: Math.round((await track.computeDuration()) * 1000),
      codec: track.codec,
      channels: track.numberOfChannels,
    };
  } catch {
    return null;
  }
}

/** The pre-skip the track's OpusHead declares, in 48 kHz samples. */
async function preSkip(track: { getDecoderConfig(): Promise<AudioDecoderConfig | null> }): Promise<number> {
  const description = (await track.getDecoderConfig())?.description;
  if (!description) return 0;
  const bytes = ArrayBuffer.isView(description)
    ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength)
    : new Uint8Array(description);
  return bytes.length >= 12 ? (bytes[10] ?? 0) | ((bytes[11] ?? 0) << 8) : 0;
}

/** A WebM Opus file back to samples at 16 kHz as a player decodes it: the pre-skip dropped. */
export async function decodeWebmOpus(bytes: Uint8Array): Promise<{ samples: Float32Array; sampleRateHz: number }> {
  const input = new Input({ source: new BufferSource(bytes), formats: [WEBM] });
  const track = await input.getPrimaryAudioTrack();
  if (track?.codec !== 'opus') {
    throw new OpusFileError(`The WebM file holds no Opus track. Fix: render it again with \`npm run narration\`.`);
  }
  const decoder = new OpusScript(OPUS_INPUT_RATE_HZ, 1, APPLICATION.voip);
  try {
    const pieces: Int16Array[] = [];
    for await (const packet of new EncodedPacketSink(track).packets()) {
      const pcm = decoder.decode(Buffer.from(packet.data));
      pieces.push(new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength)));
    }
    const skip = Math.round((await preSkip(track)) / (OPUS_CLOCK_HZ / OPUS_INPUT_RATE_HZ));
    const pcm = concatSamples(pieces).subarray(skip);
    return { samples: Float32Array.from(pcm, (sample) => sample / 32_768), sampleRateHz: OPUS_INPUT_RATE_HZ };
  } finally {
    decoder.delete();
  }
}

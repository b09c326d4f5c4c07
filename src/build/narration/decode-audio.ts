/**
 * Generated audio back to samples, as a player decodes it (mpg123 and libopus in WebAssembly;
 * development tools only): the alignment test and the voice bench listen to the files the deck
 * ships, not to what was encoded.
 */
import { MPEGDecoder } from 'mpg123-decoder';
import type { GeneratedAudioType } from '../../narration/index.ts';
import { decodeWebmOpus } from './opus.ts';

export interface DecodedAudio {
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
}

export async function decodeMp3(bytes: Uint8Array): Promise<DecodedAudio> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    const decoded = decoder.decode(bytes);
    return { samples: decoded.channelData[0] ?? new Float32Array(), sampleRateHz: decoded.sampleRate };
  } finally {
    decoder.free();
  }
}

/** A generated file of either format. */
export function decodeAudio(bytes: Uint8Array, type: GeneratedAudioType): Promise<DecodedAudio> {
  return type === 'audio/mpeg' ? decodeMp3(bytes) : decodeWebmOpus(bytes);
}

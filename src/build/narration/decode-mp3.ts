/**
 * MP3 back to samples, as a player decodes it (mpg123 in WebAssembly; a development tool only):
 * the alignment test and the voice bench listen to the files the deck ships, not to what was encoded.
 */
import { MPEGDecoder } from 'mpg123-decoder';

export async function decodeMp3(bytes: Uint8Array): Promise<{ samples: Float32Array; sampleRateHz: number }> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    const decoded = decoder.decode(bytes);
    return { samples: decoded.channelData[0] ?? new Float32Array(), sampleRateHz: decoded.sampleRate };
  } finally {
    decoder.free();
  }
}

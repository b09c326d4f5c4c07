import { describe, expect, it } from 'vitest';
import { GENERATED_AUDIO, generatedFile, playableFile } from './manifest.ts';

const FILES = GENERATED_AUDIO.map(({ type }) => ({ type, file: generatedFile('intercut', type) }));

describe('which generated file a browser plays', () => {
  it('names each format of a slide by its id', () => {
    expect(FILES.map((audio) => audio.file)).toEqual(['generated/intercut.webm', 'generated/intercut.mp3']);
  });

  it('takes the WebM where the browser plays Opus, "probably" or "maybe"', () => {
    for (const answer of ['probably', 'maybe']) {
      expect(playableFile(FILES, () => answer)?.file).toBe('generated/intercut.webm');
    }
  });

  it('takes the MP3 where it does not, and nothing where it plays neither', () => {
    const mp3Only = (type: string) => (type === 'audio/mpeg' ? 'maybe' : '');
    expect(playableFile(FILES, mp3Only)?.file).toBe('generated/intercut.mp3');
    expect(playableFile(FILES, () => '')).toBeNull();
  });
});

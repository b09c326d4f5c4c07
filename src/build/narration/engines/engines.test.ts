import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../create-engine.ts';
import { EngineUnavailableError, plainSpeech, speechSpan } from '../engine.ts';
import { NARRATION_VOICES } from '../voice-settings.ts';
import { festivalScript, segsSegments } from './festival.ts';
import { phoneSegments } from './flite.ts';

vi.setConfig({ testTimeout: 60_000 });

describe('the engines', () => {
  it('Flite, from npm, says a text and times its phones, its own silences marked', async () => {
    const [said] = await createEngine(NARRATION_VOICES['flite-rms']).speak(['Rocky runs up the mountain.']);
    expect(said?.sampleRateHz).toBe(16_000);
    const span = said ? speechSpan(said) : null;
    expect(said?.segments[0]?.pause).toBe(true);
    expect(span?.startMs).toBeGreaterThan(50);
    // The words fill most of the sound, and end before it does.
    const lengthMs = ((said?.samples.length ?? 0) / 16_000) * 1000;
    expect(span?.endMs).toBeLessThan(lengthMs);
    expect((span?.endMs ?? 0) - (span?.startMs ?? 0)).toBeGreaterThan(lengthMs * 0.7);
  });

  it('eSpeak NG times its words', async () => {
    const [said] = await createEngine(NARRATION_VOICES['espeak-ng']).speak(['Rocky runs up the mountain.']);
    expect(said?.segments.map((segment) => segment.label)).toEqual(['Rocky', 'runs', 'up', 'the', 'mountain']);
    const starts = said?.segments.map((segment) => segment.startMs) ?? [];
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('say the same texts the same way every time', async () => {
    const engine = createEngine(NARRATION_VOICES['flite-rms']);
    const [first] = await engine.speak(['Same blow, two worlds.']);
    const [again] = await engine.speak(['Hearts on Fire.', 'Same blow, two worlds.']).then((all) => all.slice(1));
    expect(again?.samples.length).toBeGreaterThan(0);
    const bytes = (samples: Int16Array | undefined) =>
      samples ? Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength) : Buffer.alloc(0);
    expect(bytes(again?.samples).equals(bytes(first?.samples))).toBe(true);
  });
});

describe('reading what the engines print', () => {
  it('puts each of Flite’s sentences after the one before', () => {
    const segments = phoneSegments('pau:0.100 r:0.200 pau:0.300 \npau:0.050 d:0.150 \n');
    expect(segments.map((segment) => [segment.label, segment.startMs, segment.endMs])).toEqual([
      ['pau', 0, 100],
      ['r', 100, 200],
      ['pau', 200, 300],
      ['pau', 300, 350],
      ['d', 350, 450],
    ]);
  });

  it('reads Festival’s saved segments', () => {
    const segments = segsSegments('#\n0.1750 100 pau\n0.2450 100 r\n0.3500 100 aa\n');
    expect(segments).toEqual([
      { label: 'pau', startMs: 0, endMs: 175, pause: true },
      { label: 'r', startMs: 175, endMs: 245, pause: false },
      { label: 'aa', startMs: 245, endMs: 350, pause: false },
    ]);
  });

  it('gives the engines plain text, and Festival a Scheme string it cannot break out of', () => {
    expect(plainSpeech('“Gonna Fly Now” — Rocky’s…')).toBe("Gonna Fly Now, Rocky's,");
    expect(plainSpeech('…and Rocky brings down a tree.')).toBe('and Rocky brings down a tree.');
    const script = festivalScript(NARRATION_VOICES['festival-slt'], ['He said "no" \\ twice.'], '/tmp/x');
    expect(script).toContain('(deck_say "He said no twice."');
    expect(script).toContain('(voice_cmu_us_slt_arctic_hts)');
  });
});

describe('an engine that is not installed', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('says in one line what to install', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-festival-'));
    process.env.PATH = empty;
    try {
      const speaking = createEngine(NARRATION_VOICES['festival-slt']).speak(['Hello.']);
      await expect(speaking).rejects.toThrow(EngineUnavailableError);
      await expect(speaking).rejects.toThrow(
        'The narration voice uses Festival (cmu_us_slt_arctic_hts), which is not installed. Fix: sudo apt-get install -y festival festvox-us-slt-hts',
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

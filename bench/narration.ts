/**
 * How fast `npm run narration` is and how small its audio: renders the deck's narration into a
 * scratch folder from nothing, then again with nothing changed, and prints both against each other
 * and the audio's size against the 200 KB-per-minute ceiling.
 *   npx tsx bench/narration.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeck } from '../src/build/load-deck.ts';
import { narrationTotals, renderNarration } from '../src/build/narration/render-narration.ts';
import { narrationVoice } from '../src/build/narration/voice-settings.ts';
import { GENERATED_AUDIO } from '../src/narration/index.ts';

const CEILING_KB_PER_MINUTE = 200;
const dir = mkdtempSync(join(tmpdir(), 'narration-bench-'));
try {
  const deck = loadDeck();
  const NARRATION_VOICE = narrationVoice(deck.pronunciation);
  const full = await renderNarration(deck, dir, NARRATION_VOICE);
  const cached = await renderNarration(deck, dir, NARRATION_VOICE);
  const speechSeconds = narrationTotals(full.manifest).seconds;
  console.log(`slides: ${deck.slides.length}, speech: ${speechSeconds.toFixed(1)} s`);
  console.log(
    `full render: ${(full.elapsedMs / 1000).toFixed(2)} s (${(speechSeconds / (full.elapsedMs / 1000)).toFixed(1)}× faster than real time)`,
  );
  console.log(
    `cache hit:   ${(cached.elapsedMs / 1000).toFixed(3)} s (${(full.elapsedMs / cached.elapsedMs).toFixed(0)}× faster than the full render; ${cached.rendered.length} rendered)`,
  );
  for (const { type, extension } of GENERATED_AUDIO) {
    const totals = narrationTotals(full.manifest, type);
    console.log(
      `size (${extension}): ${(totals.bytes / 1000).toFixed(1)} KB, ${totals.kbPerMinute.toFixed(1)} KB per minute (${(totals.kbPerMinute / CEILING_KB_PER_MINUTE).toFixed(2)} of the ${CEILING_KB_PER_MINUTE} KB ceiling)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

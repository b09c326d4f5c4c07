export { MAX_CUE_CHARS, splitCues, splitSentences } from './cues.ts';
export * from './machine.ts';
export * from './manifest.ts';
export { MIN_TIMED_SLIDE_MS, SLIDE_GAP_MS, timedSlideMs } from './pace.ts';
export {
  clampRate,
  formatRate,
  NARRATION_RATE_MAX,
  NARRATION_RATE_MIN,
  NARRATION_SPEEDS,
  narrationRateFromQuery,
  stepRate,
} from './rate.ts';
export * from './timeline.ts';
export { MAX_VOICE_CHOICES, rankVoices, type VoiceInfo, type VoiceRanking } from './voice-ranking.ts';

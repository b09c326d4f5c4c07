import { spawnSync } from 'node:child_process';
import { describeMissing, installCommand, missingTools, toolsNamed } from '../../scripts/test-tools.ts';

/** What Chromium's speechSynthesis needs on Linux: speech-dispatcher, its eSpeak NG voices and a sound server. */
export const VOICE_TOOLS = toolsNamed('speech-dispatcher', 'speech-dispatcher-espeak-ng', 'pulseaudio');

/**
 * Why this machine cannot offer browser voices, in one line with the command that fixes it, or null.
 * `npm test` installs these as root, so only a test run some other way can meet them missing.
 */
export function missingVoiceTools(): string | null {
  const missing = missingTools(undefined, VOICE_TOOLS);
  if (missing.length === 0) return null;
  return `No browser voices here without ${describeMissing(missing)}. Fix: run npm test as root, or ${installCommand(missing)}`;
}

/**
 * Chromium's voices need a running sound server: starts PulseAudio (never exiting when idle) unless
 * it runs already. Installed but unable to start is a failure, not a reason to skip.
 */
export function startSoundServer(): void {
  if (spawnSync('pulseaudio', ['--check']).status === 0) return;
  const started = spawnSync('pulseaudio', ['-D', '--exit-idle-time=-1'], { encoding: 'utf8' });
  if (started.status !== 0) {
    throw new Error(`PulseAudio is installed but did not start: ${started.stderr.trim() || `exit ${started.status}`}`);
  }
}

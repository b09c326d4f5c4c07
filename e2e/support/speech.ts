import { spawnSync } from 'node:child_process';

/**
 * Chromium's speechSynthesis has voices on Linux only through speech-dispatcher, which needs a
 * running sound server. Starts PulseAudio (never exiting when idle) unless it runs already; returns
 * why the machine cannot offer voices, or null.
 */
export function startSoundServer(): string | null {
  const check = spawnSync('pulseaudio', ['--check']);
  if (check.error) {
    return 'pulseaudio is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng pulseaudio)';
  }
  if (check.status === 0) return null;
  const started = spawnSync('pulseaudio', ['-D', '--exit-idle-time=-1'], { encoding: 'utf8' });
  return started.status === 0 ? null : `pulseaudio did not start: ${started.stderr.trim()}`;
}

/**
 * Run before the browser tests: finds a browser the way everything else does, pdftoppm (the
 * export tests render PDF pages with it) and ffmpeg with ffprobe (npm run video, and the video
 * tests that read its result). What is missing is installed from Debian when it can be (root with
 * apt-get), or named with the exact command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BrowserNotFoundError, type ResolvedBrowser, resolveBrowser } from '../src/export/browser.ts';

function findBrowser(): ResolvedBrowser | null {
  try {
    return resolveBrowser();
  } catch (error) {
    // A DECK_BROWSER that points nowhere is the user's to fix, not a reason to install another.
    if (error instanceof BrowserNotFoundError && !process.env.DECK_BROWSER) return null;
    throw error;
  }
}

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** Debian packages still missing, each with what the tests need it for. */
function missingPackages(): { name: string; why: string }[] {
  return [
    ...(findBrowser() ? [] : [{ name: 'chromium', why: 'the browser the tests drive' }]),
    ...(hasCommand('pdftoppm') ? [] : [{ name: 'poppler-utils', why: 'pdftoppm, which renders exported PDF pages' }]),
    ...(hasCommand('ffmpeg') && hasCommand('ffprobe')
      ? []
      : [{ name: 'ffmpeg', why: 'ffmpeg and ffprobe, which make and read the video' }]),
  ];
}

try {
  let missing = missingPackages();
  if (missing.length > 0) {
    const names = missing.map((item) => item.name);
    const needs = missing.map((item) => `${item.name} (${item.why})`).join(' and ');
    if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
      console.error(
        `The browser tests need ${needs}. Run: sudo apt-get install -y ${names.join(' ')}${names.includes('chromium') ? '  (or set DECK_BROWSER=/path/to/chrome)' : ''}`,
      );
      process.exit(1);
    }
    console.log(`Installing ${needs} with apt-get...`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    missing = missingPackages();
    if (missing.length > 0)
      throw new Error(`apt-get finished, but ${missing.map((item) => item.name).join(' and ')} still cannot be found.`);
  }
  const browser = findBrowser();
  console.log(`Browser: ${browser?.executablePath} (${browser?.source}); pdftoppm, ffmpeg, ffprobe: found`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

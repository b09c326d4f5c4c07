import { existsSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';
import { BrowserLaunchError, ExportError } from './errors.ts';

/** Where the browser for tests, screenshots and export comes from. */
export interface ResolvedBrowser {
  readonly executablePath: string;
  readonly source: 'env' | 'playwright' | 'system';
}

/** Set this to a Chrome or Chromium binary to use it instead of any found one. */
export const BROWSER_ENV = 'DECK_BROWSER';

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

/** Flags that keep Chromium quiet and working on a closed network without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export class BrowserNotFoundError extends ExportError {
  override readonly name = 'BrowserNotFoundError';
}

/** Where a browser is looked for; the defaults are this machine's. Tests hand in their own. */
export interface BrowserLookup {
  readonly env: NodeJS.ProcessEnv;
  /** Whether a file is there. */
  readonly exists: (path: string) => boolean;
  /** Where Playwright's own Chromium would be (whether or not it is installed), or null. */
  readonly playwrightPath: () => string | null;
  /** System Chromium and Chrome binaries, in the order they are tried. */
  readonly systemPaths: readonly string[];
}

const THIS_MACHINE: BrowserLookup = {
  env: process.env,
  exists: existsSync,
  playwrightPath: () => {
    try {
      return chromium.executablePath() || null;
    } catch {
      return null;
    }
  },
  systemPaths: SYSTEM_CHROMIUM_PATHS,
};

/**
 * The one place a browser is resolved: $DECK_BROWSER, then Playwright's own Chromium if it is
 * installed, then a system Chromium or Chrome.
 */
export function resolveBrowser(where: Partial<BrowserLookup> = {}): ResolvedBrowser {
  const { env, exists, playwrightPath, systemPaths } = { ...THIS_MACHINE, ...where };
  const fromEnv = env[BROWSER_ENV];
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new BrowserNotFoundError(
        `${BROWSER_ENV} is set to "${fromEnv}", but no file is there. Fix: point ${BROWSER_ENV} at a Chrome or Chromium binary, or unset it.`,
      );
    }
    return { executablePath: fromEnv, source: 'env' };
  }
  const bundled = playwrightPath();
  if (bundled && exists(bundled)) return { executablePath: bundled, source: 'playwright' };
  const system = systemPaths.find((path) => exists(path));
  if (system) return { executablePath: system, source: 'system' };
  throw new BrowserNotFoundError(
    `No Chromium or Chrome found. Fix: run \`sudo apt-get install -y chromium\` (Debian/Ubuntu), or \`npx playwright install chromium\`, or set ${BROWSER_ENV}=/path/to/chrome.`,
  );
}

/** Launch options for Playwright with the resolved browser. */
export function launchOptions(browser: ResolvedBrowser = resolveBrowser()) {
  return { executablePath: browser.executablePath, args: [...CHROMIUM_ARGS] };
}

/** Starts the resolved browser headless; a browser that is there but will not start says so in one line. */
export async function launchBrowser(browser: ResolvedBrowser = resolveBrowser()): Promise<Browser> {
  try {
    // Ctrl-C is the command's to handle (src/cli/command.ts): Playwright's own handler would close the
    // browser under a page still printing, which then fails loudly. Its exit hook still kills it.
    return await chromium.launch({
      ...launchOptions(browser),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    throw new BrowserLaunchError(browser.executablePath, error instanceof Error ? error.message : String(error));
  }
}

/**
 * The one list of what the tests need from the machine, beyond npm: each a Debian package, what
 * the tests look for to know it is there, and what it is for. `npm test` (scripts/ensure-test-tools.ts)
 * and CI (.ci/run, which runs that same script) install from it. To add a tool, add a line here.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { BrowserNotFoundError, resolveBrowser } from '../src/export/browser.ts';

/** How the tests find a tool: commands on PATH (every one), a file (any of several places), or a browser. */
export type Probe =
  | { readonly commands: readonly string[] }
  | { readonly files: readonly string[] }
  | { readonly browser: true };

export interface TestTool {
  /** The Debian package that provides it. */
  readonly package: string;
  readonly probe: Probe;
  /** What the tests need it for, in a few words. */
  readonly why: string;
}

export const TEST_TOOLS: readonly TestTool[] = [
  {
    package: 'chromium',
    probe: { browser: true },
    why: 'the browser the tests drive (or set DECK_BROWSER=/path/to/chrome)',
  },
  { package: 'poppler-utils', probe: { commands: ['pdftoppm'] }, why: 'pdftoppm, which renders exported PDF pages' },
  { package: 'speech-dispatcher', probe: { commands: ['speech-dispatcher'] }, why: 'the browser’s speech voices' },
  {
    package: 'speech-dispatcher-espeak-ng',
    probe: {
      files: ['/usr/lib/speech-dispatcher-modules/sd_espeak-ng', '/usr/libexec/speech-dispatcher-modules/sd_espeak-ng'],
    },
    why: 'the eSpeak NG voices speech-dispatcher speaks with',
  },
  { package: 'pulseaudio', probe: { commands: ['pulseaudio'] }, why: 'the sound server speech-dispatcher plays to' },
  {
    package: 'ffmpeg',
    // The video is made with ffmpeg and read back with ffprobe, which the same package brings.
    probe: { commands: ['ffmpeg', 'ffprobe'] },
    why: 'video export and recording; ffprobe reads the made video back',
  },
  { package: 'festival', probe: { commands: ['festival'] }, why: 'the Festival narration voice’s caption test' },
  {
    package: 'festvox-us-slt-hts',
    probe: { files: ['/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice'] },
    why: 'the slt HTS voice Festival speaks with',
  },
  {
    package: 'pocketsphinx',
    probe: { commands: ['pocketsphinx_continuous'] },
    why: 'the listener of npm run bench:voice',
  },
  {
    package: 'pocketsphinx-en-us',
    probe: { files: ['/usr/share/pocketsphinx/model/en-us/en-us.lm.bin'] },
    why: 'the English model pocketsphinx listens with',
  },
];

/** Where tools are looked for; the defaults are this machine's. Tests hand in their own. */
export interface Machine {
  readonly hasCommand: (name: string) => boolean;
  readonly exists: (path: string) => boolean;
  /** Whether the browser lookup (DECK_BROWSER, Playwright's Chromium, a system one) finds one. */
  readonly hasBrowser: () => boolean;
}

function onPath(name: string, path = process.env.PATH ?? ''): boolean {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

export const THIS_MACHINE: Machine = {
  hasCommand: (name) => onPath(name),
  exists: existsSync,
  hasBrowser: () => {
    try {
      resolveBrowser();
      return true;
    } catch (error) {
      // A DECK_BROWSER that points nowhere is the user's to fix, not a reason to install another.
      if (error instanceof BrowserNotFoundError && !process.env.DECK_BROWSER) return false;
      throw error;
    }
  },
};

export function isPresent(tool: TestTool, machine: Machine = THIS_MACHINE): boolean {
  const { probe } = tool;
  if ('browser' in probe) return machine.hasBrowser();
  if ('commands' in probe) return probe.commands.every((command) => machine.hasCommand(command));
  return probe.files.some((file) => machine.exists(file));
}

/** The tools of `tools` (all of them by default) this machine lacks, in the list's order. */
export function missingTools(machine: Machine = THIS_MACHINE, tools: readonly TestTool[] = TEST_TOOLS): TestTool[] {
  return tools.filter((tool) => !isPresent(tool, machine));
}

/** The exact command that installs them, for a person to run. */
export function installCommand(tools: readonly TestTool[]): string {
  return `sudo apt-get install -y ${tools.map((tool) => tool.package).join(' ')}`;
}

/** One line: what is missing and what each is for. */
export function describeMissing(tools: readonly TestTool[]): string {
  return tools.map((tool) => `${tool.package} (${tool.why})`).join(', ');
}

/** The tools one kind of test needs, by package name, from the one list. */
export function toolsNamed(...packages: readonly string[]): TestTool[] {
  return packages.map((name) => {
    const tool = TEST_TOOLS.find((candidate) => candidate.package === name);
    if (!tool) throw new Error(`scripts/test-tools.ts lists no "${name}". Fix: add it to TEST_TOOLS.`);
    return tool;
  });
}

/** What the set-up does about what is missing: nothing, install it (root with apt-get), or stop with the command. */
export type SetupPlan =
  | { readonly action: 'ready' }
  | { readonly action: 'install'; readonly packages: readonly string[]; readonly message: string }
  | { readonly action: 'stop'; readonly message: string };

export function setupPlan(
  missing: readonly TestTool[],
  can: { readonly root: boolean; readonly apt: boolean },
): SetupPlan {
  if (missing.length === 0) return { action: 'ready' };
  if (!can.root || !can.apt) {
    return { action: 'stop', message: `The tests need ${describeMissing(missing)}. Run: ${installCommand(missing)}` };
  }
  return {
    action: 'install',
    packages: missing.map((tool) => tool.package),
    message: `Installing ${describeMissing(missing)} with apt-get...`,
  };
}

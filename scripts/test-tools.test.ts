import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Machine, missingTools, setupPlan, TEST_TOOLS, toolsNamed } from './test-tools.ts';

/** A machine that has exactly these commands and files, and a browser or not. */
function machine(has: { commands?: string[]; files?: string[]; browser?: boolean }): Machine {
  return {
    hasCommand: (name) => (has.commands ?? []).includes(name),
    exists: (path) => (has.files ?? []).includes(path),
    hasBrowser: () => has.browser ?? false,
  };
}

const ALL_COMMANDS = [
  'pdftoppm',
  'speech-dispatcher',
  'pulseaudio',
  'ffmpeg',
  'ffprobe',
  'festival',
  'pocketsphinx_continuous',
];
const ALL_FILES = [
  '/usr/lib/speech-dispatcher-modules/sd_espeak-ng',
  '/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice',
  '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
];
const EVERYTHING = machine({ commands: ALL_COMMANDS, files: ALL_FILES, browser: true });

describe('what the tests need from the machine', () => {
  it('a machine with every tool needs nothing installed', () => {
    expect(missingTools(EVERYTHING)).toEqual([]);
    expect(setupPlan(missingTools(EVERYTHING), { root: false, apt: false })).toEqual({ action: 'ready' });
  });

  it('a bare machine needs every package of the list, the browser voices, ffmpeg, Festival and the listener included', () => {
    expect(missingTools(machine({})).map((tool) => tool.package)).toEqual([
      'chromium',
      'poppler-utils',
      'speech-dispatcher',
      'speech-dispatcher-espeak-ng',
      'pulseaudio',
      'ffmpeg',
      'festival',
      'festvox-us-slt-hts',
      'pocketsphinx',
      'pocketsphinx-en-us',
    ]);
  });

  it('finds each tool the way the tests do: a command on PATH, a file in any of its places, a browser', () => {
    const lacking = machine({
      commands: ['speech-dispatcher', 'pulseaudio', 'ffmpeg', 'ffprobe', 'festival', 'pocketsphinx_continuous'],
      files: [
        '/usr/libexec/speech-dispatcher-modules/sd_espeak-ng',
        '/usr/share/festival/voices/us/cmu_us_slt_arctic_hts/hts/cmu_us_slt_arctic_hts.htsvoice',
        '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
      ],
      browser: false,
    });
    expect(missingTools(lacking).map((tool) => tool.package)).toEqual(['chromium', 'poppler-utils']);
  });

  it('ffmpeg without its ffprobe counts as missing: the video tests read the video back with it', () => {
    const noProbe = machine({
      commands: ALL_COMMANDS.filter((command) => command !== 'ffprobe'),
      files: ALL_FILES,
      browser: true,
    });
    expect(missingTools(noProbe).map((tool) => tool.package)).toEqual(['ffmpeg']);
  });

  it('as root with apt-get it installs what is missing; otherwise it stops with the exact command', () => {
    const missing = toolsNamed('poppler-utils', 'pulseaudio');
    expect(setupPlan(missing, { root: true, apt: true })).toEqual({
      action: 'install',
      packages: ['poppler-utils', 'pulseaudio'],
      message:
        'Installing poppler-utils (pdftoppm, which renders exported PDF pages), pulseaudio (the sound server speech-dispatcher plays to) with apt-get...',
    });
    for (const can of [
      { root: false, apt: true },
      { root: true, apt: false },
    ]) {
      expect(setupPlan(missing, can)).toEqual({
        action: 'stop',
        message:
          'The tests need poppler-utils (pdftoppm, which renders exported PDF pages), pulseaudio (the sound server speech-dispatcher plays to). Run: sudo apt-get install -y poppler-utils pulseaudio',
      });
    }
  });

  it('lists each package once, each with what it is for', () => {
    const names = TEST_TOOLS.map((tool) => tool.package);
    expect(new Set(names).size).toBe(names.length);
    for (const tool of TEST_TOOLS) expect(tool.why.length, tool.package).toBeGreaterThan(5);
  });

  it('a name not on the list is refused with where to add it', () => {
    expect(() => toolsNamed('sox')).toThrow('scripts/test-tools.ts lists no "sox". Fix: add it to TEST_TOOLS.');
  });

  it('CI installs from the same list: .ci/run runs the tests’ set-up and keeps no package list of its own', () => {
    const ci = readFileSync(resolve(import.meta.dirname, '../.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm run test:tools$/m);
    expect(ci).not.toMatch(/apt-get|dpkg/);
    const scripts = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')).scripts;
    expect(scripts['test:tools']).toBe('tsx scripts/ensure-test-tools.ts');
    expect(scripts.test).toMatch(/^npm run test:tools && /);
  });
});

/**
 * How long `npm run video` takes, end to end (the command started to the files in place), on this
 * deck, against the video's own running time:
 *   cold       `--force`: every still taken, every slide and the audio encoded;
 *   unchanged  nothing changed since the last run: the cache has it all, no browser is started;
 *   recapture  the built deck changed but nothing on screen did (a copy of dist/ with a comment
 *              added to its page): every still taken again, nothing encoded.
 * Each a fresh process, rotated round by round; medians printed, with the targets:
 * cold <= 0.04 x the running time, unchanged <= 0.3 x cold. Exits 1 when one is missed.
 *
 * Usage: npm run bench:video [-- --runs N] [-- --size 1280x720|1920x1080|3840x2160]
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandDeckPath } from '../src/build/deck-path.ts';
import { buildDist, distStatus, PROJECT_ROOT } from '../src/export/dist.ts';
import { resolveFfmpeg } from '../src/video/ffmpeg.ts';
import { VIDEO_SIZES, type VideoSize } from '../src/video/options.ts';

const TARGET_COLD_VS_RUNNING = 0.04;
const TARGET_UNCHANGED_VS_COLD = 0.3;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, size: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of rounds, such as 3');
const size = (values.size ?? '1920x1080') as VideoSize;
if (!Object.hasOwn(VIDEO_SIZES, size)) throw new Error(`--size takes ${Object.keys(VIDEO_SIZES).join(', ')}`);

/** Wall time of `npm run video -- args`, start to exit, in seconds; a failing run stops the benchmark. */
function timedVideo(args: readonly string[]): Promise<{ seconds: number; stdout: string }> {
  const startedAt = performance.now();
  return new Promise((done, fail) => {
    execFile(
      'npm',
      ['run', '--silent', 'video', '--', '--size', size, ...args],
      { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`npm run video -- ${args.join(' ')} failed:\n${stderr}`));
        else done({ seconds: (performance.now() - startedAt) / 1000, stdout });
      },
    );
  });
}

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

// The deck DECK names, as npm run video films it; slides/index.ts by default.
const deckFile = commandDeckPath().file;
if (!distStatus(PROJECT_ROOT, undefined, deckFile).current) {
  console.log(`Building dist/ from ${deckFile} first, so every run below finds it current...`);
  await buildDist(PROJECT_ROOT, deckFile);
}
const work = mkdtempSync(join(tmpdir(), 'bench-video-'));
const out = join(work, 'out');
const copy = join(work, 'dist-copy');
cpSync(resolve(PROJECT_ROOT, 'dist'), copy, { recursive: true });
let edits = 0;

const scenarios = {
  cold: () => timedVideo(['--force', '--out', out]),
  unchanged: () => timedVideo(['--out', out]),
  recapture: () => {
    // A page that differs by a comment: a new built deck to the cache, the same pictures to the eye.
    appendFileSync(join(copy, 'index.html'), `\n<!-- bench edit ${++edits} -->\n`);
    return timedVideo(['--dist', copy, '--out', join(work, 'out-copy')]);
  },
} as const;
type Scenario = keyof typeof scenarios;
const times: Record<Scenario, number[]> = { cold: [], unchanged: [], recapture: [] };

try {
  console.log(`npm run video at ${size}, ${runs} rounds (each: cold, unchanged, recapture; rotated).`);
  // A warm-up (not counted): bundles the CLI, fills the OS file cache and the video cache.
  await scenarios.cold();
  await scenarios.recapture();
  for (let round = 0; round < runs; round += 1) {
    // Unchanged must follow a run of the same deck, so only cold and recapture swap places.
    const order: Scenario[] = round % 2 === 0 ? ['cold', 'unchanged', 'recapture'] : ['recapture', 'cold', 'unchanged'];
    const line: string[] = [];
    for (const name of order) {
      const { seconds, stdout } = await scenarios[name]();
      if (name === 'unchanged' && /^video: encoding \d+\//m.test(stdout)) throw new Error('an unchanged run encoded');
      if (name === 'recapture' && !/^video: stills \d+\//m.test(stdout)) throw new Error('a recapture took no stills');
      times[name].push(seconds);
      line.push(`${name} ${seconds.toFixed(2)} s`);
    }
    console.log(`round ${round + 1}: ${line.join(', ')}`);
  }

  const video = join(out, readdirSync(out).find((name) => name.endsWith('.mp4')) ?? '');
  const ffprobe = resolveFfmpeg().ffprobe;
  const running = Number(
    execFileSync(ffprobe, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', video], {
      encoding: 'utf8',
    }),
  );
  const cold = median(times.cold);
  const unchanged = median(times.unchanged);
  const recapture = median(times.recapture);
  const verdict = (ratio: number, target: number) =>
    `${ratio.toFixed(3)} (target <= ${target}: ${ratio <= target ? 'met' : 'MISSED'})`;
  const minutes = `${Math.floor(running / 60)}:${String(Math.floor(running % 60)).padStart(2, '0')}`;
  console.log('');
  console.log(`video: ${minutes} (${running.toFixed(1)} s) at ${size}, ${(statSync(video).size / 1e6).toFixed(1)} MB`);
  console.log(`median  cold (--force: every still, slide and the audio)  ${cold.toFixed(2)} s`);
  console.log(`median  unchanged (no browser, nothing encoded)        ${unchanged.toFixed(2)} s`);
  console.log(`median  recapture (every still again, nothing encoded) ${recapture.toFixed(2)} s`);
  console.log(`cold / running time:  ${verdict(cold / running, TARGET_COLD_VS_RUNNING)}`);
  console.log(`unchanged / cold:     ${verdict(unchanged / cold, TARGET_UNCHANGED_VS_COLD)}`);
  console.log(`recapture / cold:     ${(recapture / cold).toFixed(3)} (no target)`);
  if (cold / running > TARGET_COLD_VS_RUNNING || unchanged / cold > TARGET_UNCHANGED_VS_COLD) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DistLockedError } from './errors.ts';
import { lockFolder } from './folder-lock.ts';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-lock-'));
  dirs.push(dir);
  return join(dir, 'dist');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has already ended. */
function goneProcess(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (!child.pid) throw new Error('could not start a process');
  return child.pid;
}

/** Takes the lock `count` times at once; each holds it a moment. Returns the most that held it together. */
async function mostAtOnce(dist: string, count: number): Promise<number> {
  let holding = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      // Started a little apart, so one finds the lock abandoned while another is already taking it over.
      await new Promise((done) => setTimeout(done, index % 4));
      const lock = await lockFolder(dist);
      holding += 1;
      most = Math.max(most, holding);
      await new Promise((done) => setTimeout(done, 20));
      holding -= 1;
      await lock.release();
    }),
  );
  return most;
}

describe('the lock on dist/', () => {
  test('a second run waits until the first lets go, and hears once whom it waits for', async () => {
    const dist = folder();
    const first = await lockFolder(dist);
    const heard: string[] = [];
    let second = false;
    const waiting = lockFolder(dist, (holder) => heard.push(holder)).then((lock) => {
      second = true;
      return lock;
    });
    await new Promise((done) => setTimeout(done, 500));
    expect(second).toBe(false);
    expect(heard).toEqual([`process ${process.pid}`]);
    await first.release();
    await (await waiting).release();
    expect(second).toBe(true);
    expect(existsSync(`${dist}.lock`)).toBe(false);
  });

  test('a lock left by a run that is gone is taken over', async () => {
    const dist = folder();
    writeFileSync(`${dist}.lock`, String(goneProcess()));
    const lock = await lockFolder(dist);
    await lock.release();
    expect(existsSync(`${dist}.lock`)).toBe(false);
  });

  // Each waiter looks again every 200 ms, so six rounds of five take a few seconds.
  test('runs that all find an abandoned lock hold it one at a time', { timeout: 30_000 }, async () => {
    const dist = folder();
    const gone = goneProcess();
    for (let round = 0; round < 6; round++) {
      writeFileSync(`${dist}.lock`, String(gone));
      expect(await mostAtOnce(dist, 5), `round ${round + 1}`).toBe(1);
    }
    expect(existsSync(`${dist}.lock`)).toBe(false);
    expect(existsSync(`${dist}.lock.takeover`)).toBe(false);
  });

  test('a lock held longer than any build takes is one line naming the lock, its holder and the fix', async () => {
    const dist = folder();
    const held = await lockFolder(dist);
    await expect(lockFolder(dist, undefined, 300)).rejects.toThrow(DistLockedError);
    await expect(lockFolder(dist, undefined, 300)).rejects.toThrow(
      `${dist}.lock has been held by process ${process.pid} for over 0.3 s. Fix: let that run finish or stop it; if no such process runs, delete ${dist}.lock.`,
    );
    await held.release();
  });
});

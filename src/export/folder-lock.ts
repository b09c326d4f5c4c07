/**
 * A lock on a built folder (dist/), so runs that build it take turns: a file beside it, created
 * only if absent (which is atomic), holding the pid of its holder. A lock whose holder is gone
 * (killed, the machine restarted) is taken over; one held longer than any build takes is an error.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import { DistLockedError } from './errors.ts';

/** How often a waiting run looks again. */
const POLL_MS = 200;
/** A lock file still without a pid after this long was left by a run that died as it took it. */
const UNWRITTEN_LOCK_MS = 10_000;
/** No build of a deck takes this long; a holder still alive after it is stuck. */
export const LOCK_WAIT_LIMIT_MS = 10 * 60_000;

export interface FolderLock {
  /** The lock file. */
  readonly file: string;
  /** Lets the next run in; safe to call twice. */
  release(): Promise<void>;
}

/** Takes the lock on `folder`, waiting for another holder; `onWait` hears once whom it waits for. */
export async function lockFolder(
  folder: string,
  onWait?: (holder: string) => void,
  limitMs: number = LOCK_WAIT_LIMIT_MS,
): Promise<FolderLock> {
  const file = `${folder}.lock`;
  const startedAt = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      let released = false;
      return {
        file,
        release: async () => {
          if (released) return;
          released = true;
          await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const { holder, known, abandoned } = await inspect(file);
    if (abandoned) {
      // Its holder is gone: remove it and try again (another waiter may win the race, which is fine).
      await removeAbandoned(file);
      continue;
    }
    if (!told && onWait) {
      onWait(known ? `process ${holder}` : 'another run');
      told = true;
    }
    if (Date.now() - startedAt > limitMs) {
      throw new DistLockedError(
        `${file} has been held by process ${holder || '?'} for over ${limitMs >= 60_000 ? `${Math.round(limitMs / 60_000)} minutes` : `${limitMs / 1000} s`}. Fix: let that run finish or stop it; if no such process runs, delete ${file}.`,
      );
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** Who holds the lock, and whether that run is gone (or died as it took the lock). */
async function inspect(file: string): Promise<{ holder: number; known: boolean; abandoned: boolean }> {
  const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  const known = Number.isInteger(holder) && holder > 0;
  const age = Date.now() - ((await stat(file).catch(() => null))?.mtimeMs ?? Date.now());
  return { holder, known, abandoned: known ? !isAlive(holder) : age > UNWRITTEN_LOCK_MS };
}

/**
 * Removes an abandoned lock, but only while holding `<lock>.takeover` and only if it is still
 * abandoned when looked at again: two waiters that both saw it abandoned cannot remove a lock one
 * of them has just taken anew. Nobody can take the lock between that look and the removal, as it
 * is there until the removal.
 */
async function removeAbandoned(file: string): Promise<void> {
  const takeover = `${file}.takeover`;
  try {
    await (await open(takeover, 'wx')).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another waiter is removing it; one left by a run that died there (a moment's work) is cleared.
    const age = Date.now() - ((await stat(takeover).catch(() => null))?.mtimeMs ?? Date.now());
    if (age > UNWRITTEN_LOCK_MS) await rm(takeover, { force: true });
    return;
  }
  try {
    if ((await inspect(file)).abandoned) await rm(file, { force: true });
  } finally {
    await rm(takeover, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it is there, only not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

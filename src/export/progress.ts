/** One line per finished step, with the time it took: "laid out 11 slides (1.21 s)". */
export interface Progress {
  /** Runs a step and reports it once done; `summarize` turns its result into the line. */
  step<T>(work: () => Promise<T>, summarize: (result: T) => string): Promise<T>;
  /** A line without a duration of its own. */
  note(line: string): void;
  /** Seconds since the export started. */
  elapsedSeconds(): number;
}

export function createProgress(onLine: (line: string) => void, now: () => number = performance.now.bind(performance)) {
  const startedAt = now();
  const progress: Progress = {
    async step(work, summarize) {
      const stepStartedAt = now();
      const result = await work();
      onLine(`${summarize(result)} (${formatSeconds((now() - stepStartedAt) / 1000)})`);
      return result;
    },
    note: onLine,
    elapsedSeconds: () => (now() - startedAt) / 1000,
  };
  return progress;
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

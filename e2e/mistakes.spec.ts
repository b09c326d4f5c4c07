/**
 * The rows of the mistakes table (mistakes/table.ts) that need a browser: exports of decks that
 * would print wrong, and an export stopped by Ctrl-C. Each must end exactly as its row says.
 */
import { expect, test } from '@playwright/test';
import { outcomeMismatches, runCommandRow } from '../mistakes/run.ts';
import { type CommandRow, MISTAKES } from '../mistakes/table.ts';
import { buildDist, PROJECT_ROOT } from '../src/export/dist.ts';
import { EXPORT_TIMEOUT_MS } from './support/export.ts';

const rows = MISTAKES.filter((row): row is CommandRow => row.kind === 'command' && row.browser === true);

for (const row of rows) {
  test(`${row.what} [${row.id}]`, async () => {
    test.setTimeout(EXPORT_TIMEOUT_MS);
    const run = await runCommandRow(row, {
      buildInto: (deckFile, outDir) => buildDist(PROJECT_ROOT, deckFile, outDir),
    });
    expect(outcomeMismatches(run, row.expect), `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toEqual([]);
  });
}

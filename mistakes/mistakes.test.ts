/**
 * The mistakes suite: every row of mistakes/table.ts, except those that need a browser
 * (e2e/mistakes.spec.ts runs them), must produce exactly its message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DOCS_FILE, docsWithTable } from './docs.ts';
import {
  checkRow,
  checkThemeRow,
  devOverlay,
  expectedMessage,
  NO_PROBLEM,
  outcomeMismatches,
  runCommandRow,
} from './run.ts';
import { type CommandRow, MISTAKES } from './table.ts';

/** A row's own npm run starts tsx or Vite: seconds on a loaded machine, more with a build. */
const ROW_TIMEOUT_MS = 150_000;
/** The dev server for the overlay row, on a port of the test range (DECK_TEST_PORT and the ports after it). */
const DEV_PORT = Number(process.env.DECK_TEST_PORT ?? 4173) + 8;

describe('a mistake in the deck, its files or its theme gets exactly its message', () => {
  for (const row of MISTAKES) {
    if (row.kind !== 'deck' && row.kind !== 'files' && row.kind !== 'theme') continue;
    test.concurrent(`${row.what} [${row.id}]`, { timeout: ROW_TIMEOUT_MS }, async () => {
      if (row.kind === 'theme') {
        expect(checkThemeRow(row)).toBe(row.message);
        return;
      }
      const { message, deckFile } = await checkRow(row);
      expect(message).toBe(expectedMessage(row.message, deckFile));
    });
  }
});

describe('a mistake on a command line gets exactly its lines and exit status', () => {
  for (const row of MISTAKES) {
    if (row.kind !== 'command' || row.browser) continue;
    test.concurrent(`${row.what} [${row.id}]`, { timeout: ROW_TIMEOUT_MS }, async () => {
      const run = await runCommandRow(row as CommandRow);
      expect(outcomeMismatches(run, row.expect), `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toEqual([]);
    });
  }
});

describe('the dev server shows a mistake in its overlay, with no stack under it', () => {
  for (const row of MISTAKES) {
    if (row.kind !== 'dev') continue;
    test(`${row.what} [${row.id}]`, { timeout: ROW_TIMEOUT_MS }, async () => {
      const overlay = await devOverlay(row, DEV_PORT);
      expect(overlay.message).toBe(expectedMessage(row.overlay, overlay.deckFile));
      expect(overlay.stack).toBe('');
    });
  }
});

describe('the table itself', () => {
  test(
    'every row has its own kebab-case id, and every deck the suite checks without a change is sound',
    async () => {
      const ids = MISTAKES.map((row) => row.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      // The rows start from the essay deck: it must pass every check, or each row would prove nothing.
      const { message } = await checkRow({
        id: 'sound-deck',
        kind: 'deck',
        what: '',
        change: (deck) => deck,
        message: '',
      });
      expect(message).toBe(NO_PROBLEM);
    },
    ROW_TIMEOUT_MS,
  );

  test('a run that leaves a file in an output folder its row wants empty does not match the row', () => {
    const run = {
      code: 130,
      stdout: '',
      stderr: 'export: stopped; no PDF was replaced.\n',
      deckFile: 'slides/index.ts',
    };
    const outcome = { code: 130, stderr: ['export: stopped; no PDF was replaced.'], outLeftEmpty: true };
    expect(outcomeMismatches({ ...run, outFiles: [] }, outcome)).toEqual([]);
    expect(outcomeMismatches({ ...run, outFiles: ['.talk-slides.pdf.tmp'] }, outcome)).toEqual([
      'the output folder holds .talk-slides.pdf.tmp',
    ]);
  });

  test('docs/mistakes.md lists exactly the rows of the table, each with its message', () => {
    const page = readFileSync(DOCS_FILE, 'utf8');
    expect(page, 'Fix: run `npx tsx mistakes/docs.ts` and commit docs/mistakes.md').toBe(docsWithTable(page));
  });
});

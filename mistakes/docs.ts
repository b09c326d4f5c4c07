/**
 * The table of docs/mistakes.md, written from the mistakes table, so the page lists exactly what
 * the suite proves: `npx tsx mistakes/docs.ts` rewrites it, and mistakes.test.ts fails when the
 * page and the table disagree.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/build/deck-path.ts';
import { MISTAKES, type MistakeRow } from './table.ts';

export const DOCS_FILE = resolve(PROJECT_ROOT, 'docs/mistakes.md');
const START = '<!-- mistakes:start (written by `npx tsx mistakes/docs.ts` from mistakes/table.ts) -->';
const END = '<!-- mistakes:end -->';

/** Who finds the mistake, as the page says it. */
function checkedBy(row: MistakeRow): string {
  switch (row.kind) {
    case 'deck':
    case 'files':
      return row.checkedBy === 'narration' ? '`npm run narration -- --check`, `npm test`' : 'build, dev, test';
    case 'theme':
      return 'build';
    case 'dev':
      return '`npm run dev`';
    case 'command':
      return `\`npm run ${row.command}\``;
  }
}

/** A message pattern as a reader would read it: `N` for a number, `…` for any words. */
function readable(pattern: string | RegExp): string {
  if (typeof pattern === 'string') return pattern;
  return pattern.source
    .replace(/^\^|\$$/g, '')
    .replace(/ \{2\}/g, '  ')
    .replace(/\\d\+/g, 'N')
    .replace(/<\[\^>\]\*>/g, '<…>')
    .replace(/\[\^>\]\*/g, '')
    .replace(/\.\*/g, '…')
    .replace(/\\(.)/g, '$1');
}

/** What the row must produce, every line of it. */
function message(row: MistakeRow): string[] {
  switch (row.kind) {
    case 'deck':
    case 'files':
    case 'theme':
      return row.message.replaceAll('{deck}', 'slides/index.ts').split('\n');
    case 'dev':
      return [row.overlay];
    case 'command': {
      const { code, stderr } = row.expect;
      const said = stderr.length === 0 ? ['(nothing on stderr)'] : stderr.map(readable);
      return [...said, `exit status ${code}`];
    }
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The page's table: one line per row. */
export function mistakesTable(rows: readonly MistakeRow[] = MISTAKES): string {
  return [
    START,
    '| row | the mistake | found by | what it says |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.id}\` | ${cell(row.what)} | ${checkedBy(row)} | ${message(row)
          .map((line) => `\`\` ${cell(line)} \`\``)
          .join('<br>')} |`,
    ),
    END,
  ].join('\n');
}

/** The page with its table written from the rows. */
export function docsWithTable(page: string, rows: readonly MistakeRow[] = MISTAKES): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start === -1 || end === -1)
    throw new Error(`${DOCS_FILE} has no ${START} … ${END} block to write the table into.`);
  return `${page.slice(0, start)}${mistakesTable(rows)}${page.slice(end + END.length)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const written = docsWithTable(readFileSync(DOCS_FILE, 'utf8'));
  writeFileSync(`${DOCS_FILE}.tmp`, written);
  renameSync(`${DOCS_FILE}.tmp`, DOCS_FILE);
  console.log(`Wrote the table of ${MISTAKES.length} mistakes into ${DOCS_FILE}.`);
}

import { expect, test } from 'vitest';
import { buildFailureSummary, SlideProblemsError } from './errors.ts';

test('a slide problem names the slide by number and id, says what is wrong and the fix', () => {
  const error = new SlideProblemsError([
    {
      slideId: 'reasons',
      slideNumber: 9,
      problem: 'its content runs past the slide’s bottom edge by 40 px',
      fix: 'split it',
    },
    { slideId: null, slideNumber: null, problem: 'assets/font.woff2 did not load (HTTP 404)', fix: 'rebuild' },
  ]);
  expect(error.message.split('\n')).toEqual([
    'Nothing was exported: 2 problems would spoil the PDFs.',
    '  Slide 9 "reasons": its content runs past the slide’s bottom edge by 40 px. Fix: split it.',
    '  The page: assets/font.woff2 did not load (HTTP 404). Fix: rebuild.',
  ]);
});

test('a build failure comes down to the line that says what is wrong', () => {
  expect(
    buildFailureSummary(
      'Build failed with 1 error:\n\n[plugin vite:build-html] /deck/index.html\nError: Failed to resolve ./main.ts from /deck/index.html\n    at handler (node.js:1:1)',
    ),
  ).toBe('Failed to resolve ./main.ts from /deck/index.html.');
  expect(
    buildFailureSummary(
      'The deck has 2 problems:\n  - Slide "two" (versus, slide 2): every row needs both sides. Fix: fill in both sides.\n  - Deck: section "Verdict" has no slides. Fix: add one.',
    ),
  ).toBe(
    'The deck has 2 problems: Slide "two" (versus, slide 2): every row needs both sides. Fix: fill in both sides.',
  );
});

import { describe, expect, it } from 'vitest';
import { prepareInlineSvg } from './svg-asset.ts';

describe('inlining SVG assets', () => {
  it('strips the XML prolog and comments, and keeps the drawing out of the Tab order', () => {
    const svg =
      '<?xml version="1.0"?>\n<!-- drawn for the deck --><svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    expect(prepareInlineSvg('a.svg', svg)).toBe(
      '<svg focusable="false" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
    );
  });

  it('refuses a file with anything after its root </svg>, which the renderer could not label', () => {
    for (const twoRoots of [
      '<svg viewBox="0 0 1 1"></svg><svg viewBox="0 0 1 1"/>',
      '<svg viewBox="0 0 1 1"></svg><svg></svg>',
    ])
      expect(() => prepareInlineSvg('a.svg', twoRoots)).toThrow(
        'Asset "assets/a.svg": it is not one <svg> element from start to end',
      );
    expect(prepareInlineSvg('a.svg', '<svg viewBox="0 0 2 1"><svg viewBox="0 0 1 1"/><svg x="1"></svg></svg>')).toMatch(
      /<\/svg><\/svg>$/,
    );
  });

  it('refuses a script, naming the file and the fix', () => {
    expect(() => prepareInlineSvg('figures/bad.svg', '<svg viewBox="0 0 1 1"><script>x()</script></svg>')).toThrow(
      'Asset "assets/figures/bad.svg": it contains a <script> element. Fix: figures are drawings only; remove it so the SVG can be inlined safely.',
    );
  });

  it('refuses event handlers and links that leave the page', () => {
    expect(() => prepareInlineSvg('a.svg', '<svg viewBox="0 0 1 1"><rect onclick="x()"/></svg>')).toThrow(
      'inline event handler',
    );
    expect(() =>
      prepareInlineSvg('a.svg', '<svg viewBox="0 0 1 1"><image href="https://example.com/a.png"/></svg>'),
    ).toThrow('a link to another origin');
    expect(prepareInlineSvg('a.svg', '<svg viewBox="0 0 1 1"><use href="#a"/></svg>')).toContain('href="#a"');
  });

  it('asks for a viewBox so the figure scales with the slide', () => {
    expect(() => prepareInlineSvg('a.svg', '<svg width="10" height="10"></svg>')).toThrow('has a viewBox');
  });
});

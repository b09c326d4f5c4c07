import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertNoInlineCode, contentSecurityPolicy, injectPolicy, sha256Source } from './content-security-policy.ts';

describe('the deck’s Content-Security-Policy', () => {
  it('allows scripts from the page’s origin plus each allowed inline script by its hash, and never eval', () => {
    const policy = contentSecurityPolicy({ allowedInlineScripts: ['go()'] });
    const hash = createHash('sha256').update('go()').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("frame-src 'self'");
  });

  it('hashes the exact text, as the browser does', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('goes first in <head>, right after the charset, so it governs everything after it', () => {
    const html = injectPolicy(
      '<head>\n    <meta charset="utf-8" />\n    <link rel="stylesheet" href="a.css">',
      "default-src 'none'",
    );
    expect(html).toBe(
      `<head>\n    <meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'none'" />\n    <link rel="stylesheet" href="a.css">`,
    );
  });
});

describe('the built page carries no inline code', () => {
  it('accepts scripts from files and text that merely mentions handlers', () => {
    expect(() =>
      assertNoInlineCode('<script type="module" src="./a.js"></script><p aria-label="turn on=off">onclick=</p>'),
    ).not.toThrow();
  });

  it('accepts the deck data, a JSON block the browser never runs, but no other inline script type', () => {
    expect(() => assertNoInlineCode('<script type="application/json" id="deck-data">{"a":1}</script>')).not.toThrow();
    for (const type of ['module', 'text/javascript', 'application/javascript'])
      expect(() => assertNoInlineCode(`<script type="${type}">go()</script>`)).toThrow('it has an inline script');
  });

  it('refuses an inline script, saying where the code should go', () => {
    expect(() => assertNoInlineCode('<script>alert(1)</script>')).toThrow(
      'index.html: it has an inline script (<script>). Fix: move the code into a module under src/',
    );
  });

  it('refuses an inline event handler on any element', () => {
    expect(() => assertNoInlineCode('<svg viewBox="0 0 1 1"><rect width="1" onload="x()"/></svg>')).toThrow(
      'it has an inline event handler (<rect onload=). Fix: bind the handler with addEventListener',
    );
  });
});

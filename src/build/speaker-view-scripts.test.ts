import { describe, expect, it } from 'vitest';
import { inlineScripts, installedSpeakerViewScripts, speakerViewHtml } from './speaker-view-scripts.ts';

describe('the speaker view’s inline script, read from the installed notes plugin', () => {
  it('decodes the html the plugin writes into its popup', () => {
    const source = 'p.open(); w.document.write("<p class=\\"a\\">x</p>\\n<script>\\n\\tgo(\'now\')\\n</script>");';
    expect(speakerViewHtml(source)).toBe('<p class="a">x</p>\n<script>\n\tgo(\'now\')\n</script>');
  });

  it('reads a template literal the same way', () => {
    expect(speakerViewHtml('w.document.write(`<script>\n\tgo()\n</script>`)')).toBe('<script>\n\tgo()\n</script>');
  });

  it('keeps inline scripts and skips scripts loaded from files', () => {
    expect(inlineScripts('<script src="a.js"></script><script>one()</script><SCRIPT type="x">two()</SCRIPT>')).toEqual([
      'one()',
      'two()',
    ]);
  });

  it('names the file and the fix when the plugin no longer writes its popup that way', () => {
    expect(() => speakerViewHtml('popup.document.body.append(x)', 'notes.mjs')).toThrow(
      'notes.mjs: expected exactly one .document.write(...) call that writes the speaker view, found none. Fix:',
    );
    expect(() => speakerViewHtml('w.document.write(html)', 'notes.mjs')).toThrow(
      'is not written as one string literal',
    );
    expect(() => speakerViewHtml('w.document.write(`<p>$' + '{x}</p>`)', 'notes.mjs')).toThrow('one string literal');
  });

  it('finds the one script of the installed reveal.js speaker view', () => {
    const [script, ...others] = installedSpeakerViewScripts();
    expect(others).toEqual([]);
    expect(script).toContain("namespace: 'reveal-notes'");
  });
});

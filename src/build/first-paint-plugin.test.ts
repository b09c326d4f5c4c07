import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bootScript,
  FirstPaintError,
  firstSlideRules,
  fontPreloads,
  inlineStylesheets,
  rebaseCssUrls,
  slideFrame,
} from './first-paint-plugin.ts';

/** The classes the boot script leaves on <html> for a page at `href`. */
function classesAt(href: string): string[] {
  const url = new URL(href);
  const classes = new Set<string>();
  runInNewContext(bootScript('title'), {
    document: {
      documentElement: {
        classList: {
          add: (...names: string[]) => {
            for (const name of names) classes.add(name);
          },
        },
      },
    },
    window: { location: { protocol: url.protocol, search: url.search, hash: url.hash } },
    decodeURIComponent,
  });
  return [...classes].sort();
}

describe('the boot script', () => {
  it('turns the first-slide rules on at the deck’s start, by no hash, number 1 or the first slide’s id', () => {
    for (const href of ['http://deck/', 'https://deck/#', 'http://deck/#/', 'http://deck/#/1', 'http://deck/#/title']) {
      expect(classesAt(href), href).toEqual(['deck-first-paint', 'reveal-full-page']);
    }
  });

  it('leaves them off for a deep link, so no other slide shows before reveal.js moves there', () => {
    for (const href of ['http://deck/#/5', 'http://deck/#/summit', 'http://deck/#/title/0/1', 'http://deck/#/2']) {
      expect(classesAt(href), href).toEqual(['reveal-full-page']);
    }
  });

  it('leaves them off when the query may hold a reveal.js option (print view, speaker view previews), not for the narration rate', () => {
    for (const href of [
      'http://deck/?print-pdf',
      'http://deck/?receiver#/0/0',
      'http://deck/?margin=0',
      'http://deck/?notes',
    ]) {
      expect(classesAt(href), href).toEqual(['reveal-full-page']);
    }
    expect(classesAt('http://deck/?narrationRate=2')).toEqual(['deck-first-paint', 'reveal-full-page']);
  });

  it('marks a page opened as a file, where its hint shows, and does nothing else there', () => {
    expect(classesAt('file:///home/me/dist/index.html')).toEqual(['deck-opened-as-file']);
  });

  it('takes a malformed address without throwing', () => {
    expect(classesAt('http://deck/?%E0%A4%A=1#%E0%A4%A')).toEqual(['reveal-full-page']);
  });
});

describe('the first slide’s layout before reveal.js runs', () => {
  it('is the deck’s reveal.js frame: 1280 x 720, 4% margin, reveal.js’s scale limits, flex slides', () => {
    expect(slideFrame({ width: 1280, height: 720 })).toEqual({
      width: 1280,
      height: 720,
      margin: 0.04,
      minScale: 0.2,
      maxScale: 2,
      display: 'flex',
    });
  });

  it('centres the slide and scales it to the room less the margin, within the limits, in hundredths', () => {
    const rules = firstSlideRules({
      width: 1000,
      height: 500,
      margin: 0.1,
      minScale: 0.5,
      maxScale: 3,
      display: 'grid',
    });
    expect(rules).toContain('width: 1000px; height: 500px; inset: 50% auto auto 50%;');
    expect(rules).toContain(
      'scale(round(clamp(0.5, min(tan(atan2(calc(100cqw * 0.9), 1000px)), tan(atan2(calc(100cqh * 0.9), 500px))), 3), 0.01))',
    );
    expect(rules).toContain('.deck-first-paint .reveal:not(.ready) .slides > section:first-child { display: grid; }');
    // Browsers without these math functions skip the rules and wait for reveal.js, as before.
    expect(rules.startsWith('@supports (scale: round(tan(atan2(1px, 1px)), 0.01)) {')).toBe(true);
  });
});

describe('inlining the stylesheet', () => {
  it('moves url()s from the stylesheet’s folder to the page’s, leaving data: and absolute ones', () => {
    expect(
      rebaseCssUrls(
        'a{src:url(./f.woff2)} b{src:url("g.woff2")} c{background:url(data:image/gif;base64,R0)}',
        'assets',
        '.',
      ),
    ).toBe('a{src:url(./assets/f.woff2)} b{src:url("./assets/g.woff2")} c{background:url(data:image/gif;base64,R0)}');
    expect(rebaseCssUrls('a{b:url(/x.svg)} c{d:url(#clip)}', 'assets', '.')).toBe('a{b:url(/x.svg)} c{d:url(#clip)}');
  });

  it('replaces the link with a <style> of the same text, with what goes before it', () => {
    const html = '<head>\n<link rel="stylesheet" crossorigin href="./assets/index-1.css">\n</head>';
    expect(inlineStylesheets(html, new Map([['assets/index-1.css', 'p{color:red}']]), '<style>x</style>')).toBe(
      '<head>\n<style>x</style><style>p{color:red}</style>\n</head>',
    );
  });

  it('refuses a stylesheet that would close the <style> early, naming it', () => {
    const html = '<link rel="stylesheet" href="./assets/a.css">';
    expect(() => inlineStylesheets(html, new Map([['assets/a.css', 'p::after{content:"</style>"}']]))).toThrow(
      'assets/a.css: the stylesheet holds the text "</style", which would end the inlined <style> early.',
    );
  });

  it('refuses a page with no stylesheet of the build to inline', () => {
    expect(() => inlineStylesheets('<head></head>', new Map())).toThrow(FirstPaintError);
  });

  it('preloads fonts in CORS mode, as @font-face fetches them, so each is fetched once', () => {
    expect(fontPreloads(['assets/a.woff2'])).toBe(
      '<link rel="preload" href="./assets/a.woff2" as="font" type="font/woff2" crossorigin>',
    );
  });
});

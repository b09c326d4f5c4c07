/**
 * The built page paints its first slide before any script of the deck has run, in the place
 * reveal.js will put it: the stylesheet is inlined (no request before the first paint), the fonts the
 * first screen sets text in are preloaded (fetched with the page, not found after reveal.js shows
 * the slide), and a few rules lay the first slide out as reveal.js's layout() will. A tiny classic
 * script turns those rules on only where they hold: served over http(s), at the deck's start, with
 * no reveal.js option in the address. A deep link, the print view or the speaker view's previews
 * wait for reveal.js as before, so no other slide flashes first.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { deckDataInHtml } from '../contract/deck-data.ts';
import { FIRST_PAINT_CLASS } from '../runtime/first-paint.ts';
import { type DeckDataset, revealOptions } from '../runtime/reveal-options.ts';
import { cutFileName, FIRST_SCREEN_FONTS_CSS, themeFonts } from './font-subset-plugin.ts';

/** reveal.js 6's defaults for the options the deck does not set (js/config.ts). */
const REVEAL_DEFAULT_MIN_SCALE = 0.2;
const REVEAL_DEFAULT_MAX_SCALE = 2;
/** Query keys the deck reads that change nothing reveal.js lays out; any other key may be a reveal.js option. */
export const LAYOUT_NEUTRAL_QUERY_KEYS = ['narrationRate'] as const;

export class FirstPaintError extends Error {
  override readonly name = 'FirstPaintError';
}

/** What reveal.js's layout() needs to place a slide: the deck's options, with reveal.js's defaults filled in. */
export interface SlideFrame {
  readonly width: number;
  readonly height: number;
  /** Share of the window left empty around the slide, as reveal.js's `margin`. */
  readonly margin: number;
  readonly minScale: number;
  readonly maxScale: number;
  /** The CSS display reveal.js gives the slide on screen. */
  readonly display: string;
}

/** The frame the runtime's reveal.js options give a deck of this size (src/runtime/reveal-options.ts). */
export function slideFrame(size: Pick<DeckDataset, 'width' | 'height'>): SlideFrame {
  const options = revealOptions({ ...size, totalSeconds: 0 }, { reducedMotion: false, speakerViewFrame: false });
  if (options.center !== false || options.disableLayout) {
    throw new FirstPaintError(
      'src/runtime/reveal-options.ts: with `center` or `disableLayout` on, reveal.js places each slide by measuring it, which CSS cannot do before the script runs. Fix: keep center: false, or drop firstPaintPlugin() from vite.config.ts.',
    );
  }
  return {
    width: options.width as number,
    height: options.height as number,
    margin: options.margin ?? 0.04,
    minScale: options.minScale ?? REVEAL_DEFAULT_MIN_SCALE,
    maxScale: options.maxScale ?? REVEAL_DEFAULT_MAX_SCALE,
    display: options.display ?? 'block',
  };
}

/**
 * reveal.js's layout() as CSS: the slide at its size, centred, scaled to fit the room less the
 * margin within the min and max scale, rounded to hundredths as reveal.js rounds it. `tan(atan2())`
 * turns the ratio of two lengths into a number. Scoped to the time before reveal.js is ready; after,
 * reveal.js's inline styles take over, and they are the same.
 */
export function firstSlideRules(frame: SlideFrame): string {
  const ratio = (room: string, size: number) => `tan(atan2(calc(${room} * ${1 - frame.margin}), ${size}px))`;
  const scale = `round(clamp(${frame.minScale}, min(${ratio('100cqw', frame.width)}, ${ratio('100cqh', frame.height)}), ${frame.maxScale}), 0.01)`;
  const before = `.${FIRST_PAINT_CLASS} .reveal:not(.ready)`;
  return [
    '@supports (scale: round(tan(atan2(1px, 1px)), 0.01)) {',
    `${before} { container-type: size; }`,
    `${before} .slides { width: ${frame.width}px; height: ${frame.height}px; inset: 50% auto auto 50%; transform: translate(-50%, -50%) scale(${scale}); }`,
    `${before} .slides > section:first-child { display: ${frame.display}; }`,
    '}',
  ].join('\n');
}

/** On <html> when the page was opened as a file, where no module script runs: index.html's hint then shows. */
export const OPENED_AS_FILE_CLASS = 'deck-opened-as-file';

/**
 * The small classic script the page loads first, `async`: nothing waits for it, and it runs long
 * before the fonts it races have arrived. Opened as a file, it marks the page so the "serve me"
 * hint shows. Served over http(s), it marks the page as reveal.js will (`reveal-full-page`), and at
 * the deck's start, with no reveal.js option in the query, turns the first-slide rules on.
 */
export function bootScript(firstSlideId: string): string {
  const starts = ['', '#', '#/', '#/1', `#/${firstSlideId}`];
  return `(function () {
  var page = document.documentElement, address = window.location;
  if (!/^https?:$/.test(address.protocol)) return page.classList.add(${JSON.stringify(OPENED_AS_FILE_CLASS)});
  page.classList.add('reveal-full-page');
  var starts = ${JSON.stringify(starts)};
  var neutral = ${JSON.stringify(LAYOUT_NEUTRAL_QUERY_KEYS)};
  function decode(text) {
    try { return decodeURIComponent(text); } catch (malformed) { return text; }
  }
  var keys = address.search.replace(/^\\?/, '').split('&').filter(Boolean).map(function (pair) {
    return decode(pair.split('=')[0]);
  });
  var atStart = starts.indexOf(decode(address.hash)) >= 0;
  if (atStart && keys.every(function (key) { return neutral.indexOf(key) >= 0; })) page.classList.add(${JSON.stringify(FIRST_PAINT_CLASS)});
})();
`;
}

/** `url(...)`s of a stylesheet moved from `fromDir` into a page in `toDir`, both relative to the output root. */
export function rebaseCssUrls(css: string, fromDir: string, toDir: string): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, url: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return whole;
    const moved = posix.relative(toDir, posix.join(fromDir, url));
    return `url(${quote}${moved.startsWith('.') ? moved : `./${moved}`}${quote})`;
  });
}

/** The page with each linked stylesheet replaced by a <style> holding it (`prefix` goes before the first). */
export function inlineStylesheets(
  html: string,
  sheets: ReadonlyMap<string, string>,
  prefix = '',
  htmlFile = 'index.html',
): string {
  let first = true;
  const page = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (link) => {
    const href = /\bhref="\.\/([^"]+)"/.exec(link)?.[1];
    const css = href === undefined ? undefined : sheets.get(href);
    if (href === undefined || css === undefined) return link;
    if (/<\/style/i.test(css)) {
      throw new FirstPaintError(
        `${href}: the stylesheet holds the text "</style", which would end the inlined <style> early. Fix: escape it in the CSS source (\\3C /style).`,
      );
    }
    const style = `<style>${rebaseCssUrls(css, posix.dirname(href), posix.dirname(htmlFile))}</style>`;
    const tag = first ? `${prefix}${style}` : style;
    first = false;
    return tag;
  });
  if (first) {
    throw new FirstPaintError(
      `${htmlFile}: the build linked no stylesheet of its own to inline. Fix: import the theme from src/main.ts.`,
    );
  }
  return page;
}

/** `<link rel="preload">` for each font file; `crossorigin`, since fonts are always fetched in CORS mode. */
export function fontPreloads(fontFiles: readonly string[]): string {
  return fontFiles
    .map((file) => `<link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin>`)
    .join('\n    ');
}

/** The built files of the faces `fonts.css` declares: the first screen's fonts. */
function firstScreenFontFiles(bundle: Rolldown.OutputBundle): string[] {
  const names = themeFonts(readFileSync(FIRST_SCREEN_FONTS_CSS, 'utf8')).map(cutFileName);
  return names.map((name) => {
    const asset = Object.values(bundle).find((file) => file.type === 'asset' && file.names.includes(name));
    if (!asset) {
      throw new FirstPaintError(
        `src/theme/fonts.css: the face "${name}" is not in the build, so it cannot be preloaded. Fix: check its url() and src/build/font-subset-plugin.ts.`,
      );
    }
    return asset.fileName;
  });
}

/** Inlines the stylesheet, preloads the first screen's fonts and lets the first slide paint before the script. */
export function firstPaintPlugin(): Plugin {
  let boot: { fileName: string; source: string } | null = null;
  return {
    name: 'deck-first-paint',
    apply: 'build',
    // After Vite's HTML build (which runs transformIndexHtml in its generateBundle), so the boot script is known.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, filename }) {
        if (!bundle) return html;
        // The first slide and the slide size come from the page contract the deck plugin wrote.
        const data = deckDataInHtml(html, filename);
        const firstSlideId = data?.slides[0]?.id;
        if (!data || !firstSlideId) {
          throw new FirstPaintError(
            `${filename}: no deck data (the deck's slides and size) to paint the first slide from. Fix: keep deckPlugin() before firstPaintPlugin() in vite.config.ts.`,
          );
        }
        const source = bootScript(firstSlideId);
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
        boot = { fileName: `assets/first-paint-${hash}.js`, source };
        const sheets = new Map<string, string>();
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) sheets.set(file.fileName, String(file.source));
        }
        const rules = firstSlideRules(slideFrame({ width: data.width, height: data.height }));
        // First in <head>, after the charset and the policy (which must govern them): the boot script and
        // the fonts, requested before anything else the page needs.
        const early = `\n    <script async src="./${boot.fileName}"></script>\n    ${fontPreloads(firstScreenFontFiles(bundle))}`;
        const anchor =
          /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(html) ?? /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!anchor) {
          throw new FirstPaintError(
            `${filename}: no <meta charset> to put the boot script after. Fix: restore it in index.html.`,
          );
        }
        const page = inlineStylesheets(
          html.replace(anchor[0], `${anchor[0]}${early}`),
          sheets,
          `<style>\n${rules}\n</style>\n    `,
        );
        // The inlined sheets are not needed as files: nothing else links them.
        for (const file of sheets.keys()) if (!page.includes(file)) delete bundle[file];
        if (!/<body>/.test(page)) {
          throw new FirstPaintError(`${filename}: no plain <body> tag to mark. Fix: restore <body> in index.html.`);
        }
        // reveal.js's own viewport class, there from the start so the page is framed before it runs.
        return page.replace('<body>', '<body class="reveal-viewport">');
      },
    },
    generateBundle() {
      if (boot) this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.source });
    },
  };
}

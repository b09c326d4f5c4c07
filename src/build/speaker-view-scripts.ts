/**
 * reveal.js's speaker view is an about:blank popup that the notes plugin fills with
 * `document.write(html)`; the popup inherits the page's Content-Security-Policy, so the inline
 * script in that html must be allowed by its hash. The html is read here from the installed plugin,
 * so the hash follows the reveal.js version instead of being pasted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

export class SpeakerViewScriptError extends Error {
  override readonly name = 'SpeakerViewScriptError';
}

const WRITE_CALL = '.document.write(';

/** The file of the installed reveal.js notes plugin that the deck bundles. */
export function notesPluginPath(): string {
  return createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
}

/** The html the notes plugin writes into the speaker view popup, read from the plugin's source. */
export function speakerViewHtml(pluginSource: string, file = 'reveal.js/plugin/notes'): string {
  const call = pluginSource.indexOf(WRITE_CALL);
  if (call < 0 || pluginSource.indexOf(WRITE_CALL, call + 1) >= 0) {
    throw new SpeakerViewScriptError(
      `${file}: expected exactly one ${WRITE_CALL}...) call that writes the speaker view, found ${call < 0 ? 'none' : 'several'}. Fix: check how this reveal.js version builds its speaker view and update src/build/speaker-view-scripts.ts.`,
    );
  }
  const start = call + WRITE_CALL.length;
  const literal = stringLiteralAt(pluginSource, start);
  if (!literal) {
    throw new SpeakerViewScriptError(
      `${file}: the speaker view html is not written as one string literal. Fix: check how this reveal.js version builds its speaker view and update src/build/speaker-view-scripts.ts.`,
    );
  }
  // The slice is one complete string literal (checked above), so evaluating it only decodes its escapes.
  return String(runInNewContext(literal));
}

/** The text of every inline `<script>` in the html, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attrs = '', body = ''] = match;
    if (!/\bsrc\s*=/i.test(attrs)) scripts.push(body.replace(/\r\n?/g, '\n'));
  }
  return scripts;
}

/** The inline scripts of the installed notes plugin's speaker view. */
export function installedSpeakerViewScripts(path = notesPluginPath()): string[] {
  const scripts = inlineScripts(speakerViewHtml(readFileSync(path, 'utf8'), path));
  if (scripts.length === 0) {
    throw new SpeakerViewScriptError(
      `${path}: the speaker view html has no inline script, so there is nothing to allow. Fix: check how this reveal.js version runs its speaker view and update src/build/speaker-view-scripts.ts.`,
    );
  }
  return scripts;
}

/** A quoted or template literal without substitutions starting at `start`, or null if there is none. */
function stringLiteralAt(source: string, start: number): string | null {
  const quote = source[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') return null;
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === quote) return source.slice(start, index + 1);
    else if (char === '\n' && quote !== '`') return null;
    else if (char === '$' && quote === '`' && source[index + 1] === '{') return null;
  }
  return null;
}

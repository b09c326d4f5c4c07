/** The deck's Content-Security-Policy, written into the built page as a <meta http-equiv>. */
import { createHash } from 'node:crypto';

/** A CSP source that allows exactly one inline script or style, by the SHA-256 of its text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyInputs {
  /** Inline scripts the deck cannot avoid: reveal.js's speaker view popup inherits the policy. */
  readonly allowedInlineScripts: readonly string[];
}

/**
 * Everything comes from the page's own origin. Scripts: the bundle, plus the speaker view's one
 * inline script by hash; no other inline script, no eval, no inline event handlers.
 */
export function contentSecurityPolicy({ allowedInlineScripts }: PolicyInputs): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...allowedInlineScripts.map(sha256Source)],
    // reveal.js's print view (?print-pdf) and the speaker view popup inject <style> elements.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['media-src', "'self'"],
    ['connect-src', "'self'"],
    // The speaker view previews the deck in iframes of the page's own origin.
    ['frame-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

export class PagePolicyError extends Error {
  override readonly name = 'PagePolicyError';
}

/** Fails the build when the page itself carries what the policy forbids, naming what and where. */
export function assertNoInlineCode(html: string, file = 'index.html'): void {
  // A JSON data block (the deck data) is never run, so it is not code.
  const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].find(
    ([, attrs = '']) => !/\bsrc\s*=/i.test(attrs) && !/\btype\s*=\s*"application\/json"/i.test(attrs),
  );
  if (inline) {
    throw new PagePolicyError(
      `${file}: it has an inline script (${inline[0]}). Fix: move the code into a module under src/ and import it from src/main.ts; the Content-Security-Policy blocks inline scripts.`,
    );
  }
  const handler = eventHandlerAttribute(html);
  if (handler) {
    throw new PagePolicyError(
      `${file}: it has an inline event handler (${handler}). Fix: bind the handler with addEventListener in src/runtime; the Content-Security-Policy blocks inline handlers.`,
    );
  }
}

const START_TAG = /<[a-z][a-z0-9-]*((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /\s+([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** The first on...= attribute of any start tag, as `<tag onclick=`, or null. */
function eventHandlerAttribute(html: string): string | null {
  for (const [tag, attrs = ''] of html.matchAll(START_TAG)) {
    for (const [, name = ''] of attrs.matchAll(ATTRIBUTE)) {
      if (/^on/i.test(name)) return `${tag.split(/\s/)[0]} ${name}=`;
    }
  }
  return null;
}

/** The policy as the first element of <head>, so it governs every script and style after it. */
export function injectPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
  if (!/<head>/i.test(html)) {
    throw new PagePolicyError(
      'index.html: it has no <head>. Fix: restore the <head> element so the policy can go in it.',
    );
  }
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

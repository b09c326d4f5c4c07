import type { Plugin } from 'vite';
import { assertNoInlineCode, contentSecurityPolicy, injectPolicy } from './content-security-policy.ts';
import { installedSpeakerViewScripts } from './speaker-view-scripts.ts';

/**
 * Writes the deck's Content-Security-Policy into the built index.html, with the speaker view's
 * inline script allowed by a hash read from the notes plugin the build bundles. Build only: the dev
 * server injects its own client code and styles.
 */
export function cspPlugin(): Plugin {
  let notesPlugin = '';
  return {
    name: 'deck-csp',
    apply: 'build',
    async buildStart() {
      const resolved = await this.resolve('reveal.js/plugin/notes');
      if (!resolved) this.error('reveal.js/plugin/notes cannot be resolved. Fix: run `npm ci`.');
      notesPlugin = resolved.id;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        assertNoInlineCode(html);
        const policy = contentSecurityPolicy({ allowedInlineScripts: installedSpeakerViewScripts(notesPlugin) });
        return injectPolicy(html, policy);
      },
    },
  };
}

import type { BrowserContext, Page } from '@playwright/test';

declare global {
  interface Window {
    reportPolicyViolation?: (text: string) => void;
  }
}

/**
 * Collects every Content-Security-Policy violation in the context's pages, popups and frames:
 * the `securitypolicyviolation` event where a page can be watched from its start, and Chromium's
 * console report for the speaker view popup, whose document.write clears listeners set before it.
 */
export async function watchPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('reportPolicyViolation', ({ frame }, text: string) => {
    violations.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const blocked = event.blockedURI || 'inline code';
      window.reportPolicyViolation?.(
        `${event.effectiveDirective} blocked ${blocked} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/** The policy the page runs under, as directive -> sources. */
export async function pagePolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
  if (content.length !== 1) throw new Error(`expected one CSP <meta>, found ${content.length}`);
  return new Map(
    (content[0] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

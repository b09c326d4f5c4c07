import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { forEverySlide, openDeck, openSpeakerView as pressS, slideIds } from './support/deck.ts';
import { pagePolicy, watchPolicyViolations } from './support/policy.ts';

const NO_ORIGIN_BUT_OWN = /^'(self|none|sha256-[A-Za-z0-9+/]+=*)'$/;

/** Opens the speaker view and waits for its notes. */
async function openSpeakerView(page: Page): Promise<Page> {
  const speaker = await pressS(page);
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  return speaker;
}

/** Tries three ways of running code the deck never ships; says which of them ran. */
async function tryToRunForeignCode(): Promise<string[]> {
  const ran: string[] = [];
  const marker = window as unknown as Record<string, boolean>;
  const script = document.createElement('script');
  script.textContent = 'window.inlineScriptRan = true;';
  document.head.append(script);
  if (marker.inlineScriptRan) ran.push('inline <script>');
  // DevTools lets the evaluated function itself eval; a later task runs under the page's own rules.
  await new Promise((done) =>
    setTimeout(() => {
      try {
        // biome-ignore lint/security/noGlobalEval: proving that the policy refuses eval is the point.
        eval('window.evalRan = true');
      } catch {}
      done(null);
    }),
  );
  if (marker.evalRan) ran.push('eval');
  const button = document.createElement('button');
  button.setAttribute('onclick', 'window.handlerRan = true');
  document.body.append(button);
  button.click();
  button.remove();
  if (marker.handlerRan) ran.push('inline onclick');
  return ran;
}

test('the built page allows scripts from its own origin only, and carries no inline code', async ({ page }) => {
  await openDeck(page);
  const policy = await pagePolicy(page);
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  const scriptSources = policy.get('script-src') ?? [];
  expect(scriptSources).toContain("'self'");
  for (const source of scriptSources)
    expect(source, 'script-src allows only its origin and hashes').toMatch(NO_ORIGIN_BUT_OWN);
  for (const [directive, sources] of policy) {
    for (const source of sources) {
      if (directive === 'style-src' && source === "'unsafe-inline'") continue;
      expect(source, `${directive} names nothing outside the page's origin`).toMatch(NO_ORIGIN_BUT_OWN);
    }
  }

  await forEverySlide(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const inlineCode = await page.evaluate(() => {
    // The deck data is a JSON block, which the browser never runs.
    const found = [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((script) =>
      script.outerHTML.slice(0, 80),
    );
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) found.push(`<${element.localName} ${attribute}>`);
      }
    }
    return found;
  });
  expect(inlineCode).toEqual([]);
  expect(await page.locator('script[type="application/json"]').evaluateAll((all) => all.map((s) => s.id))).toEqual([
    'deck-data',
  ]);
});

test('no slide, the help, the speaker view or the print view breaks the policy', async ({ page, context }) => {
  test.setTimeout(90_000);
  const violations = await watchPolicyViolations(context);
  await openDeck(page);
  await forEverySlide(page);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  const speaker = await openSpeakerView(page);
  await expect(speaker.frameLocator('#upcoming-slide iframe').locator('.reveal.ready')).toBeAttached();
  await page.bringToFront();
  await page.keyboard.press('End');
  const lastId = (await slideIds(page)).at(-1);
  await expect(speaker.frameLocator('#current-slide iframe').locator(`section#${lastId}`)).toHaveClass(/\bpresent\b/);

  // The speaker view's one inline script is allowed by its own hash, the one the build wrote.
  const popupScript = await speaker.locator('script:not([src])').evaluateAll((all) => all.map((s) => s.textContent));
  expect(popupScript).toHaveLength(1);
  const hash = `'sha256-${createHash('sha256')
    .update(popupScript[0] ?? '')
    .digest('base64')}'`;
  expect((await pagePolicy(page)).get('script-src')).toContain(hash);
  await speaker.close();

  const slideCount = (await slideIds(page)).length;
  await page.goto('./?print-pdf');
  await expect(page.locator('html')).toHaveClass(/\breveal-print\b/);
  await expect(page.locator('.reveal .pdf-page')).toHaveCount(slideCount);
  expect(violations).toEqual([]);
});

test('the policy bites: injected inline script, eval and inline handlers are refused, speaker view too', async ({
  page,
  context,
}) => {
  const violations = await watchPolicyViolations(context);
  await openDeck(page);
  expect(await page.evaluate(tryToRunForeignCode)).toEqual([]);
  const refused = violations.join('\n');
  expect(refused).toContain('script-src-elem');
  expect(refused).toContain('script-src-attr');
  expect(refused).toMatch(/\bscript-src\b.*eval|eval.*\bscript-src\b/);

  // The popup inherits the page's policy: only its own script runs there.
  const speaker = await openSpeakerView(page);
  expect(await speaker.evaluate(tryToRunForeignCode)).toEqual([]);
});

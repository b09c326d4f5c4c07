/**
 * The tests' set-up (`npm test` runs it first, and CI through .ci/run): finds every tool of the one
 * list in scripts/test-tools.ts. What is missing is installed from Debian when it can be (root with
 * apt-get), or named with the exact command to run, and the tests do not start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolveBrowser } from '../src/export/browser.ts';
import { describeMissing, missingTools, setupPlan, TEST_TOOLS } from './test-tools.ts';

/** apt-get waits this long for another apt-get or dpkg to finish, instead of failing at once. */
const APT_LOCK_WAIT_S = 300;

try {
  const plan = setupPlan(missingTools(), { root: process.getuid?.() === 0, apt: existsSync('/usr/bin/apt-get') });
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.action === 'install') {
    console.log(plan.message);
    const apt = (args: string[]) =>
      execFileSync('apt-get', ['-o', `DPkg::Lock::Timeout=${APT_LOCK_WAIT_S}`, ...args], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...plan.packages]);
    const missing = missingTools();
    if (missing.length > 0) {
      throw new Error(
        `apt-get finished, but ${describeMissing(missing)} still cannot be found. Fix: check the probe for it in scripts/test-tools.ts.`,
      );
    }
  }
  const browser = resolveBrowser();
  console.log(
    `Test tools: ${TEST_TOOLS.map((tool) => tool.package).join(', ')}; browser ${browser.executablePath} (${browser.source})`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

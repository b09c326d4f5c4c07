/**
 * The tests' set-up (`npm test` runs it first, and CI through .ci/run): finds every tool of the one
 * list in scripts/test-tools.ts. What is missing is installed from Debian when it can be (root with
 * apt-get), or named with the exact command to run, and the tests do not start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runCommand } from '../src/cli/command.ts';
import { resolveBrowser } from '../src/export/browser.ts';
import { FixableError } from '../src/model/errors.ts';
import { describeMissing, missingTools, setupPlan, TEST_TOOLS } from './test-tools.ts';

/** apt-get waits this long for another apt-get or dpkg to finish, instead of failing at once. */
const APT_LOCK_WAIT_S = 300;

const HELP = `Usage: npm run test:tools

Finds every tool the tests need (scripts/test-tools.ts lists them, with what each is for). Run as
root where apt-get exists, it installs what is missing; otherwise it names the command to run,
and exits 1 before any test starts. npm test runs it first.

Options:
  -h, --help    show this help`;

/** apt-get ran, and the tool is still not where the tests look. */
class ToolsError extends FixableError {
  override readonly name = 'ToolsError';
}

await runCommand({ name: 'test:tools', options: {}, help: HELP }, () => {
  const plan = setupPlan(missingTools(), { root: process.getuid?.() === 0, apt: existsSync('/usr/bin/apt-get') });
  if (plan.action === 'stop') {
    // Said as it is (the README quotes it): the command to run is the whole message.
    console.error(plan.message);
    return 1;
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
      throw new ToolsError(
        `apt-get finished, but ${describeMissing(missing)} still cannot be found. Fix: check the probe for it in scripts/test-tools.ts.`,
      );
    }
  }
  const browser = resolveBrowser();
  console.log(
    `Test tools: ${TEST_TOOLS.map((tool) => tool.package).join(', ')}; browser ${browser.executablePath} (${browser.source})`,
  );
  return 0;
});

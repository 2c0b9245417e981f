// The summary at the end of `npm test` (scripts/test.mjs), apart so it can be tried on captured runner output:
// the runners' counts, then one line per test suite, one line for the checks, a "Failed:" line, and last
// "N passed, N failed" (", N skipped" when tests were skipped), counting test cases only.

/** ANSI colour and cursor codes, which would hide the runners' summary lines from the parsers. */
export const plain = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/**
 * @web/test-runner's counts: its last progress line ("Firefox: |███| 17/17 test files | 478 passed, 0 failed, 9 skipped";
 * the skipped part only when there are any), once it has printed "Finished running tests". Undefined when the run did
 * not finish or did not run every file.
 */
export function wtrCount(out) {
  if (!/^Finished running tests/m.test(out)) return undefined;
  const line = [...out.matchAll(/(\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  if (!line || line[1] !== line[2]) return undefined;
  return { passed: Number(line[3]), failed: Number(line[4]), skipped: Number(line[5] ?? 0) };
}

/**
 * Node's test runner's counts from the spec reporter's closing lines ("ℹ pass 12", "ℹ fail 0", "ℹ cancelled 0",
 * "ℹ skipped 1"); the last of each, in case a test echoes a nested run's. Cancelled tests count as failed.
 */
export function nodeCount(out) {
  const last = (name) => [...out.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))].at(-1)?.[1];
  const [pass, fail, cancelled, skipped] = ['pass', 'fail', 'cancelled', 'skipped'].map(last);
  if (pass === undefined || fail === undefined) return undefined;
  return { passed: Number(pass), failed: Number(fail) + Number(cancelled ?? 0), skipped: Number(skipped ?? 0) };
}

const counts = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/**
 * The result of one step: a check ({ name, code }) or a test suite ({ name, code, counted }, counted from its output),
 * or a suite that did not run ({ name, notRun: reason }). A suite that exits non-zero with no failed test, or whose
 * runner printed no counts (it crashed), is a failure of its own: one failed test in the count.
 */
export function summarize(results) {
  const lines = ['', '── Summary ──'];
  const failures = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  const checks = results.filter((r) => !r.suite && !r.notRun);
  const failedChecks = checks.filter((r) => r.code !== 0).map((r) => r.name);
  lines.push(
    `Checks (builds, generated files, type-check, lint, formatting, size; not counted as tests): ` +
      `${checks.length - failedChecks.length} passed, ${failedChecks.length} failed`,
  );
  failures.push(...failedChecks.map((name) => `${name} (check)`));
  for (const r of results.filter((r) => r.suite || r.notRun)) {
    if (r.notRun) {
      lines.push(`${r.name}: not run: ${r.notRun}`);
      continue;
    }
    const c = r.counted ? { ...r.counted } : { passed: 0, failed: 0, skipped: 0 };
    let note = '';
    if (!r.counted) {
      c.failed = 1;
      note = ` (its runner ended with exit code ${r.code} and printed no test counts: counted as 1 failed)`;
    } else if (r.code !== 0 && c.failed === 0) {
      c.failed = 1;
      note = ` (exit code ${r.code} with no failed test: counted as 1 failed)`;
    }
    if (c.failed > 0) failures.push(`${r.name} (${c.failed} failed)`);
    lines.push(`${r.name}: ${counts(c)}${note}`);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  if (failures.length) lines.push(`Failed: ${failures.join('; ')}`);
  lines.push(counts(total));
  return { lines, exitCode: failures.length ? 1 : 0 };
}

/**
 * Checks all content and proves every exercise; lists every problem as file:line:column.
 * Exit code 1 on any problem.
 *
 *   tsx scripts/content-check.ts [content-dir] [--no-prove] [--report <file>]
 *
 * --no-prove  skip the exercise proofs (the fast check run before `next build`)
 * --report    where to write the JSON report (default when proving the repository's content:
 *             data/content-check.json, read by the /author page)
 * --if-stale  do nothing when that report already proved the content as it is now (`pnpm start`
 *             runs this in the background, so a fresh install's author page shows proofs)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@slope/db';
import { closeDefaultPool } from '@slope/grader';
import {
  formatProblems,
  formatProgress,
  formatSummary,
  formatTable,
} from '../src/content/check/format-report';
import { reportIsCurrent, reportPath, saveReport } from '../src/content/check/report-file';
import { runContentCheck } from '../src/content/check/run-check';
import { contentDir } from '../src/content/courses';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'no-prove': { type: 'boolean', default: false },
    report: { type: 'string' },
    'if-stale': { type: 'boolean', default: false },
  },
});
const root = findRepoRoot();
const dir = positionals[0] ? path.resolve(positionals[0]) : contentDir();
const prove = !values['no-prove'];
if (values['if-stale'] && prove && reportIsCurrent(values.report ?? reportPath(root), dir)) {
  console.log('The last content check proved the content as it is now; nothing to do.');
  process.exit(0);
}

console.log(`Checking ${path.relative(root, dir) || dir}${prove ? '' : ' (no proofs)'}…`);
const report = await runContentCheck({
  dir,
  prove,
  onItem: (item) => console.log(formatProgress(item)),
});
await closeDefaultPool();

console.log(`\n${formatTable(report)}\n`);
const problems = formatProblems(report, root);
for (const problem of problems) console.error(problem);
if (problems.length) console.error('');
console.log(formatSummary(report));

const reportFile = values.report
  ? path.resolve(values.report)
  : prove && dir === contentDir()
    ? reportPath(root)
    : null;
if (reportFile) saveReport(reportFile, report);
process.exitCode = problems.length ? 1 : 0;

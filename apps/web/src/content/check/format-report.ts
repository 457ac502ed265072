import { formatProblem } from './problem';
import type { CheckItem, CheckReport } from './types';

const MARK = { ok: '✓', unproved: '○', failed: '✗' } as const;

/** `1.2 s` or `38 ms`. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** A long lesson folder shortened in an exercise's name: `04-partial-derivatives…/mse-gradient`. */
export function shortName(item: CheckItem, max = 22): string {
  if (item.kind !== 'exercise') return item.name;
  const [lesson = '', id = ''] = item.name.split('/');
  return `${lesson.length > max ? `${lesson.slice(0, max)}…` : lesson}/${id}`;
}

/** The progress line printed as an item finishes. */
export function formatProgress(item: CheckItem): string {
  const what =
    item.status === 'failed'
      ? `${item.problems.length} problem${item.problems.length === 1 ? '' : 's'}`
      : (item.detail ?? 'ok');
  const draft = item.draft ? ' (draft)' : '';
  return `${MARK[item.status]} ${item.kind} ${shortName(item)}${draft} ${what} ${formatDuration(item.timeMs)}`;
}

/** The closing table: one row per item (item, kind, status, time). */
export function formatTable(report: CheckReport): string {
  const rows = report.items.map((item) => [
    `${shortName(item)}${item.draft ? ' (draft)' : ''}`,
    item.kind,
    item.status === 'failed'
      ? `✗ ${item.problems.length} problem${item.problems.length === 1 ? '' : 's'}`
      : `${MARK[item.status]} ${item.detail ?? 'ok'}`,
    formatDuration(item.timeMs),
  ]);
  const header = ['item', 'kind', 'status', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** `11 lessons, 10 exercises (10 proved): 0 problems in 6.2 s`. */
export function formatSummary(report: CheckReport): string {
  const count = (kind: CheckItem['kind']) => report.items.filter((i) => i.kind === kind).length;
  const problems = report.items.reduce((sum, item) => sum + item.problems.length, 0);
  const failed = report.items.filter((item) => item.status === 'failed').length;
  const proved = report.items.filter((i) => i.kind === 'exercise' && i.status === 'ok').length;
  const exercises = `${count('exercise')} exercise(s)${report.proved ? ` (${proved} proved)` : ' (not proved)'}`;
  const verdict = problems ? `${problems} problem(s) in ${failed} item(s)` : 'no problems';
  const questions = report.items.reduce((sum, item) => sum + (item.questions ?? 0), 0);
  const answers = questions ? `, ${questions} answer question(s) proved` : '';
  return `${count('course')} course(s), ${count('lesson')} lesson(s), ${exercises}${answers}: ${verdict} in ${formatDuration(report.timeMs)}`;
}

/** Every problem as `file:line:column: message`, paths relative to `root`. */
export function formatProblems(report: CheckReport, root: string): string[] {
  return report.items.flatMap((item) => item.problems.map((p) => formatProblem(p, root)));
}

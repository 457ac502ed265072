import { LocalTime } from '../../components/local-time';
import { ScrollRegion } from '../../components/scroll-region';
import type { CourseItem } from '../course-items';
import { type MatrixQuery, matrixSearch } from '../matrix-query';
import type { Cell, ProgressMatrix } from '../progress-matrix';
import { percent } from './format';

/** "L3" for lesson 3, "E3" for its exercise ("E3a", "E3b" when it has several). */
export function shortLabel(item: CourseItem, all: readonly CourseItem[]): string {
  if (item.kind === 'lesson') return `L${item.position}`;
  const siblings = all.filter((i) => i.kind === 'exercise' && i.lessonSlug === item.lessonSlug);
  const index = siblings.indexOf(item);
  return `E${item.lessonPosition}${siblings.length > 1 ? String.fromCharCode(97 + index) : ''}`;
}

export function longLabel(item: CourseItem): string {
  return item.kind === 'lesson'
    ? `Lesson ${item.position}: ${item.title}`
    : `Exercise: ${item.title}`;
}

/**
 * The progress matrix: a row per learner, a column per lesson and exercise. Headers sort (a
 * second click reverses); each cell shows its status as a symbol and text, never colour alone.
 */
export function MatrixTable({
  classId,
  matrix,
  query,
  allItems,
}: {
  classId: string;
  matrix: ProgressMatrix;
  query: MatrixQuery;
  allItems: readonly CourseItem[];
}) {
  const base = `/teach/classes/${classId}`;
  const first = (matrix.page - 1) * matrix.size + 1;
  const last = first + matrix.rows.length - 1;
  const sortedBy =
    query.sort === 'name'
      ? 'name'
      : query.sort === 'joined'
        ? 'join date'
        : query.sort === 'progress'
          ? 'items done'
          : (allItems.find((i) => i.key === query.sort)?.title ?? query.sort);
  return (
    <ScrollRegion className="matrix-scroll" labelledBy="matrix-caption">
      <table className="matrix">
        <caption id="matrix-caption">
          {matrix.total === 0
            ? 'No learner matches.'
            : `Learners ${first}–${last} of ${matrix.total}, sorted by ${sortedBy} (${query.dir === 'asc' ? 'ascending' : 'descending'})`}
        </caption>
        <thead>
          <tr>
            <SortHeader query={query} base={base} sortKey="name" label="Learner" />
            <SortHeader
              query={query}
              base={base}
              sortKey="progress"
              label="Done"
              title="Lessons completed and exercises passed"
            />
            {matrix.columns.map((item) => (
              <SortHeader
                key={item.key}
                query={query}
                base={base}
                sortKey={item.key}
                label={shortLabel(item, allItems)}
                title={longLabel(item)}
                kind={item.kind}
                due={item.kind === 'exercise' ? matrix.due[item.slug] : undefined}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={`${base}/learners/${row.id}`}>{row.name ?? row.email}</a>
                {row.name && <small className="matrix__email">{row.email}</small>}
              </th>
              <td className="matrix__done">
                {row.lessonsCompleted + row.exercisesPassed}/{allItems.length}
              </td>
              {matrix.columns.map((item) => (
                <MatrixCell key={item.key} column={item.key} cell={row.cells[item.key]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function SortHeader({
  query,
  base,
  sortKey,
  label,
  title,
  kind,
  due,
}: {
  query: MatrixQuery;
  base: string;
  sortKey: string;
  label: string;
  title?: string;
  kind?: CourseItem['kind'];
  due?: Date;
}) {
  const active = query.sort === sortKey;
  const firstDir = sortKey === 'name' ? 'asc' : 'desc';
  const dir = active ? (query.dir === 'asc' ? 'desc' : 'asc') : firstDir;
  const href = `${base}${matrixSearch(query, { sort: sortKey, dir, page: 1 })}`;
  return (
    <th
      scope="col"
      className={kind ? `matrix__col matrix__col--${kind}` : undefined}
      aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      title={title}
    >
      <a href={href} className="matrix__sort">
        <span aria-hidden={title ? 'true' : undefined}>{label}</span>
        {title && <span className="sr-only">{title}</span>}
        {active && <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </a>
      {due && (
        <small className="matrix__due">
          due <LocalTime date={due} style="date" />
        </small>
      )}
    </th>
  );
}

const LESSON_TEXT = {
  NOT_STARTED: 'not started',
  IN_PROGRESS: 'in progress',
  COMPLETED: 'completed',
};

/** One cell: a symbol and short text for the eye, a sentence for screen readers. */
export function MatrixCell({ cell, column }: { cell: Cell | undefined; column: string }) {
  if (!cell) return <td data-column={column} />;
  if (cell.kind === 'lesson') {
    const symbol = cell.status === 'COMPLETED' ? '✓' : cell.status === 'IN_PROGRESS' ? '◐' : '·';
    const questions = cell.questions ? `${cell.correct}/${cell.questions}` : '';
    return (
      <td data-column={column} data-status={cell.status.toLowerCase()}>
        <span aria-hidden="true">
          {symbol} {questions}
        </span>
        <span className="sr-only">
          {LESSON_TEXT[cell.status]}
          {cell.questions ? `, ${cell.correct} of ${cell.questions} questions right` : ''}
        </span>
      </td>
    );
  }
  const symbol = cell.status === 'passed' ? '✓' : cell.status === 'attempted' ? '◐' : '·';
  const flag = cell.late ? 'late' : cell.overdue ? 'overdue' : '';
  return (
    <td data-column={column} data-status={cell.status} data-flag={flag || undefined}>
      <span aria-hidden="true">
        {symbol} {cell.attempts > 0 ? `${percent(cell.bestScore)} ·${cell.attempts}` : ''}
        {flag && <small className="matrix__flag">{flag}</small>}
      </span>
      <span className="sr-only">
        {cell.status === 'not-started' ? 'not started' : cell.status}
        {cell.attempts > 0
          ? `, best ${percent(cell.bestScore)}, ${cell.attempts} attempt${cell.attempts === 1 ? '' : 's'}`
          : ''}
        {flag ? `, ${flag}` : ''}
      </span>
    </td>
  );
}

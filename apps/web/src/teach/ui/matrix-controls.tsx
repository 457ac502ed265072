import Link from 'next/link';
import type { CourseItem } from '../course-items';
import { type MatrixQuery, matrixSearch, PAGE_SIZES, STATUS_FILTERS } from '../matrix-query';
import { longLabel } from './matrix-table';

/** Search, a status filter on one column, which columns to show and the page size (a GET form). */
export function MatrixFilters({
  base,
  query,
  items,
}: {
  base: string;
  query: MatrixQuery;
  items: readonly CourseItem[];
}) {
  return (
    <form className="matrix-filters" method="get" action={base} aria-label="Filter learners">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="field">
        <label htmlFor="matrix-q">Learner</label>
        <input
          id="matrix-q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="name or email"
        />
      </div>
      <div className="field">
        <label htmlFor="matrix-item">Column</label>
        <select id="matrix-item" name="item" defaultValue={query.item}>
          <option value="">any column</option>
          {items.map((item) => (
            <option key={item.key} value={item.key}>
              {longLabel(item)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="matrix-status">Status there</label>
        <select id="matrix-status" name="status" defaultValue={query.status}>
          <option value="">any status</option>
          {Object.entries(STATUS_FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="matrix-columns">Show</label>
        <select id="matrix-columns" name="columns" defaultValue={query.columns}>
          <option value="all">lessons and exercises</option>
          <option value="lessons">lessons only</option>
          <option value="exercises">exercises only</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="matrix-size">Per page</label>
        <select id="matrix-size" name="size" defaultValue={String(query.size)}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="matrix-filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        <Link href={base}>Reset</Link>
      </div>
    </form>
  );
}

/** Previous / next page links with "page x of y". */
export function Pagination({
  base,
  query,
  page,
  pages,
}: {
  base: string;
  query: MatrixQuery;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={`${base}${matrixSearch(query, { page: page - 1 })}`} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={`${base}${matrixSearch(query, { page: page + 1 })}`} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

/** How the progress matrix is sorted, filtered and paged (from the page's URL). */
export interface MatrixQuery {
  /** part of a learner's name or email */
  q: string;
  /** `name`, `joined`, `progress`, or a column key (`l:<lesson>`, `e:<exercise>`) */
  sort: string;
  dir: 'asc' | 'desc';
  /** a column key, with `status`: only learners whose cell there has that status */
  item: string;
  status: MatrixStatusFilter | '';
  columns: 'all' | 'lessons' | 'exercises';
  page: number;
  size: number;
}

export const STATUS_FILTERS = {
  done: 'done (passed / completed)',
  started: 'started, not done',
  'not-done': 'not done',
  'not-started': 'not started',
} as const;
export type MatrixStatusFilter = keyof typeof STATUS_FILTERS;

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_QUERY: MatrixQuery = {
  q: '',
  sort: 'name',
  dir: 'asc',
  item: '',
  status: '',
  columns: 'all',
  page: 1,
  size: 50,
};

const ITEM_KEY = /^[le]:[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Reads the matrix options from search params; anything unknown or malformed falls back to the
 * default, so a hand-edited URL still shows a page.
 *
 * @example parseMatrixQuery({ sort: 'e:mse-gradient', dir: 'desc' }).sort // 'e:mse-gradient'
 */
export function parseMatrixQuery(
  params: Record<string, string | string[] | undefined>,
): MatrixQuery {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const sort = one('sort');
  const item = one('item');
  const status = one('status');
  const columns = one('columns');
  const size = Number(one('size'));
  const page = Number(one('page'));
  return {
    q: one('q').slice(0, 100),
    sort: ['name', 'joined', 'progress'].includes(sort) || ITEM_KEY.test(sort) ? sort : 'name',
    dir: one('dir') === 'desc' ? 'desc' : 'asc',
    item: ITEM_KEY.test(item) ? item : '',
    status: Object.hasOwn(STATUS_FILTERS, status) ? (status as MatrixStatusFilter) : '',
    columns: columns === 'lessons' || columns === 'exercises' ? columns : 'all',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_QUERY.size,
  };
}

/** The query as URL search params, leaving out defaults (for links that change one option). */
export function matrixSearch(query: MatrixQuery, change: Partial<MatrixQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_QUERY) as Array<keyof MatrixQuery>) {
    if (next[key] !== DEFAULT_QUERY[key]) params.set(key, String(next[key]));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

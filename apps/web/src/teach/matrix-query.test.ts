import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, matrixSearch, parseMatrixQuery } from './matrix-query';

describe('parseMatrixQuery', () => {
  it('reads every option', () => {
    expect(
      parseMatrixQuery({
        q: ' ada ',
        sort: 'e:mse-gradient',
        dir: 'desc',
        item: 'l:limits',
        status: 'not-done',
        columns: 'exercises',
        page: '3',
        size: '100',
      }),
    ).toEqual({
      q: 'ada',
      sort: 'e:mse-gradient',
      dir: 'desc',
      item: 'l:limits',
      status: 'not-done',
      columns: 'exercises',
      page: 3,
      size: 100,
    });
  });

  it('falls back to defaults for anything malformed', () => {
    expect(
      parseMatrixQuery({
        sort: 'e:"; DROP TABLE x',
        dir: 'sideways',
        item: 'x:y',
        status: 'maybe',
        columns: 'some',
        page: '-2',
        size: '7',
      }),
    ).toEqual(DEFAULT_QUERY);
    expect(parseMatrixQuery({ page: ['2', '5'] }).page).toBe(2);
  });
});

describe('matrixSearch', () => {
  it('keeps what differs from the defaults and applies a change', () => {
    const query = { ...DEFAULT_QUERY, q: 'bo b', sort: 'progress' };
    expect(matrixSearch(query)).toBe('?q=bo+b&sort=progress');
    expect(matrixSearch(query, { page: 2, q: '' })).toBe('?sort=progress&page=2');
    expect(matrixSearch(DEFAULT_QUERY)).toBe('');
  });
});

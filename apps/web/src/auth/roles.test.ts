import { describe, expect, it } from 'vitest';
import { type AppRole, asRole, can, type Permission } from './roles';

describe('can', () => {
  const table: Array<[AppRole | null, Permission, boolean]> = [
    ['LEARNER', 'learn', true],
    ['LEARNER', 'teach', false],
    ['LEARNER', 'author', false],
    ['LEARNER', 'admin', false],
    ['INSTRUCTOR', 'learn', true],
    ['INSTRUCTOR', 'teach', true],
    ['INSTRUCTOR', 'author', false],
    ['INSTRUCTOR', 'admin', false],
    ['AUTHOR', 'author', true],
    ['AUTHOR', 'teach', false],
    ['ADMIN', 'teach', true],
    ['ADMIN', 'author', true],
    ['ADMIN', 'admin', true],
    [null, 'learn', false],
  ];
  it.each(table)('%s may %s: %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });
});

describe('asRole', () => {
  it.each([
    ['INSTRUCTOR', 'INSTRUCTOR'],
    ['instructor', null],
    ['ROOT', null],
    [42, null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(asRole(input)).toBe(expected);
  });
});

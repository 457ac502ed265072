import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

describe('passwordWeakness', () => {
  it.each(['password123', 'qwertyuiop12', 'iloveyou2026', 'aaaaaaaaaaaa', 'abcdefghijkl'])(
    'refuses %j with a reason',
    (password) => {
      expect(passwordWeakness(password)).toMatch(/^This password is too easy to guess\. .+/);
    },
  );

  it('refuses a password built from the person’s own name or email', () => {
    expect(passwordWeakness('carlgauss1777', ['gauss@example.com', 'Carl Gauss'])).not.toBeNull();
  });

  it.each([
    'slopes all the way down',
    'gradients all the way down',
    'correct horse battery staple',
  ])('accepts %j', (password) => {
    expect(passwordWeakness(password, ['ada@example.com', 'Ada'])).toBeNull();
  });
});

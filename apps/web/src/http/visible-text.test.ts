import { describe, expect, it } from 'vitest';
import { isVisibleText } from './visible-text';

describe('isVisibleText', () => {
  it.each([
    'Ada Lovelace',
    'Émilie du Châtelet',
    '高斯',
    'محمد',
    'Zoë 👩‍🔬',
    'Calculus — Period 3',
  ])('accepts %j', (text) => expect(isVisibleText(text)).toBe(true));

  it.each([
    'Ada\u0000',
    'Ada\nLovelace',
    'tab\there',
    '\u001b[31mred',
    'evil\u202Etxt.exe',
    'bad \uFFFD byte',
  ])('refuses %j', (text) => expect(isVisibleText(text)).toBe(false));
});

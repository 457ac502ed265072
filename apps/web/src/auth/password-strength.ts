import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

let factory: ZxcvbnFactory | undefined;

/** Scores below this are refused (zxcvbn scores 0–4; 4 means an estimated 10¹⁰ guesses or more). */
export const MIN_SCORE = 4;

/**
 * Why a password is too easy to guess (checked against common passwords, English words and
 * names, keyboard patterns, and the person's own name and email), or null when it is fine.
 *
 * @example passwordWeakness('password123', ['ada@example.com']) // 'This is a frequently used password. …'
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  factory ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  // "ada.lovelace@example.com" and "Ada Lovelace" also count as "ada" and "lovelace".
  const inputs = userInputs.flatMap((input) => [
    input,
    ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u),
  ]);
  const result = factory.check(
    password,
    inputs.filter((input) => input.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  const advice = suggestions.length > 0 ? suggestions.join(' ') : 'Add another word or two.';
  return `This password is too easy to guess. ${warning ? `${warning} ` : ''}${advice}`.trim();
}

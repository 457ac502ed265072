/**
 * A formula that cannot be read: the message says what is wrong in words a learner follows,
 * `at` is the character where it was noticed. Never costs an attempt.
 */
export class FormulaError extends Error {
  readonly at: number | undefined;
  constructor(message: string, at?: number) {
    super(message);
    this.name = 'FormulaError';
    this.at = at;
  }
}

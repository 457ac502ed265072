import { createHmac } from 'node:crypto';

/**
 * The seed of one graded submission's hidden cases: HMAC-SHA256 of the learner, the exercise
 * and the attempt number under a server secret, cut to 32 bits. Every attempt gets new hidden
 * inputs, so nothing a learner learns from one submission's inputs (printed, thrown, or read
 * off the feedback) carries to the next; the same attempt always gets the same inputs, so a
 * regrade or an instructor's replay reproduces it. Without the secret a learner who knows the
 * ids could compute the seed and run the (public) case generator themselves.
 *
 * @example
 * seedFor('user-1', 'mse-gradient', 1, secret) === seedFor('user-1', 'mse-gradient', 1, secret) // true
 * seedFor('user-1', 'mse-gradient', 2, secret) // another seed: other hidden inputs
 */
export function seedFor(userId: string, exerciseId: string, attempt = 1, secret = ''): number {
  const mac = createHmac('sha256', `slope-grading-seed\u0000${secret}`)
    .update(`${userId}\u0000${exerciseId}\u0000${attempt}`)
    .digest();
  return mac.readUInt32BE(0);
}

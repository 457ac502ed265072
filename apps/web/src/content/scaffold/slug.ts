/** kebab-case: `mse-gradient`, `chain-rule-2`, `2nd-order-methods`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A lesson slug from its title.
 *
 * @example
 * slugify('Jacobians & Hessians: a tour') // 'jacobians-hessians-a-tour'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Thrown when a scaffold is refused; the message says why and what to do. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

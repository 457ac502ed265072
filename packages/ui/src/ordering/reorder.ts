/** Moves the element at `from` to `to` (both clamped), returning a new array. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(target, 0, item);
  return out;
}

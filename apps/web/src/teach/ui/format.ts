/** "83%", or "—" for no value. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

/** "0 min", "12 min", "3 h 5 min", "2 d 4 h", or "—". */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** "1.5", "2", or "—". */
export function decimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '—';
  return String(Number(value.toFixed(digits)));
}

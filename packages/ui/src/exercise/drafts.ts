/** Drafts live in localStorage, one key per exercise, so a reload keeps the learner's work. */
const key = (exerciseId: string) => `slope:exercise-draft:${exerciseId}`;

export function loadDraft(exerciseId: string): string | null {
  try {
    const raw = window.localStorage.getItem(key(exerciseId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code : null;
  } catch {
    return null;
  }
}

export function saveDraft(exerciseId: string, code: string): void {
  try {
    window.localStorage.setItem(key(exerciseId), JSON.stringify({ code, savedAt: Date.now() }));
  } catch {
    // storage full or disabled (private mode): the draft just isn't kept
  }
}

export function clearDraft(exerciseId: string): void {
  try {
    window.localStorage.removeItem(key(exerciseId));
  } catch {}
}

/** The editor a learner chose last: the formula editor (MathLive) or plain text. */
export type MathInputMode = 'formula' | 'plain';

export const MODE_STORAGE_KEY = 'slope.mathInputMode';

/** The remembered mode; the formula editor unless the learner chose plain text. */
export function readModePreference(): MathInputMode {
  try {
    return window.localStorage.getItem(MODE_STORAGE_KEY) === 'plain' ? 'plain' : 'formula';
  } catch {
    return 'formula';
  }
}

export function saveModePreference(mode: MathInputMode): void {
  try {
    window.localStorage.setItem(MODE_STORAGE_KEY, mode);
  } catch {
    // storage disabled (private mode): the choice lasts for this page only
  }
}

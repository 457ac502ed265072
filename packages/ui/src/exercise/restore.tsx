'use client';
import { useEffect, useRef, useState } from 'react';

/** Code to put into the editor from outside the exercise: a submission from the history. */
export interface RestoreRequest {
  code: string;
  /** new for every request: restoring the same code twice is two requests */
  key: number | string;
  /** what the code is, for the note: "submission 3" */
  label: string;
}

interface Restored {
  key: RestoreRequest['key'];
  label: string;
  previous: string;
  code: string;
}

/**
 * Applies each new restore request through `change` (so the draft is kept, as after typing),
 * keeping the code it replaced one Undo away until the learner edits the restored code.
 */
export function useRestore(
  request: RestoreRequest | null | undefined,
  code: string,
  change: (code: string) => void,
): { restored: Restored | null; undo: () => void } {
  const [restored, setRestored] = useState<Restored | null>(null);
  const current = useRef(code);
  current.current = code;
  const applied = useRef<RestoreRequest['key'] | null>(null);
  useEffect(() => {
    if (!request || applied.current === request.key) return;
    applied.current = request.key;
    const previous = current.current;
    change(request.code);
    setRestored({ key: request.key, label: request.label, previous, code: request.code });
  }, [request, change]);
  const shown = restored && restored.code === code ? restored : null;
  return {
    restored: shown,
    undo: () => {
      if (!shown) return;
      change(shown.previous);
      setRestored(null);
    },
  };
}

/**
 * "The code of submission 3 is in the editor. Undo": takes the focus when a restore happens,
 * so a keyboard or screen-reader user who pressed Restore further down lands by the editor.
 */
export function RestoredNote({ restored, onUndo }: { restored: Restored; onUndo: () => void }) {
  const note = useRef<HTMLParagraphElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per restore
  useEffect(() => {
    note.current?.focus();
  }, [restored.key]);
  const same = restored.previous === restored.code;
  return (
    <p ref={note} tabIndex={-1} className="slope-muted slope-exercise__draft">
      {same
        ? `The editor already holds the code of ${restored.label}.`
        : `The code of ${restored.label} is in the editor.`}{' '}
      {!same && (
        <button type="button" className="slope-link-button" onClick={onUndo}>
          Undo: bring back the code you had
        </button>
      )}
    </p>
  );
}

import type { ReactNode } from 'react';

export type CalloutKind = 'note' | 'tip' | 'warning' | 'definition';

const LABEL: Record<CalloutKind, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Watch out',
  definition: 'Definition',
};

export interface CalloutProps {
  kind?: CalloutKind;
  /** defaults to the kind's label ("Note", "Tip", …) */
  title?: ReactNode;
  children: ReactNode;
}

/** A boxed aside in a lesson. No hooks: usable from server components. */
export function Callout({ kind = 'note', title, children }: CalloutProps) {
  return (
    <aside
      className="slope-callout"
      data-kind={kind}
      aria-label={typeof title === 'string' ? title : LABEL[kind]}
    >
      <p className="slope-callout__title">
        <span className="slope-callout__icon" aria-hidden="true">
          {kind === 'warning' ? '!' : kind === 'tip' ? '★' : kind === 'definition' ? '≝' : 'i'}
        </span>{' '}
        {title ?? LABEL[kind]}
      </p>
      <div className="slope-callout__body">{children}</div>
    </aside>
  );
}

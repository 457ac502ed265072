import { useId, useState } from 'react';
import { userMessageOf } from '../shared/user-error.ts';
import type { LearningAidsView } from './types.ts';

export interface LearningAidsProps {
  aids: LearningAidsView;
  /** asks the server for hint `index` before it opens by itself; rejects with a message */
  onAskHint: (index: number) => Promise<void>;
}

const REASON: Record<'passed' | 'attempts-spent' | 'after-due', string> = {
  passed: 'open because you passed',
  'attempts-spent': 'open because you have used all your attempts',
  'after-due': 'open because the due date has passed',
};

/**
 * An exercise's hints and worked solution for one learner: the open hints, how the next one
 * opens (and a button to ask for it, confirmed first when asking costs points), and the worked
 * solution once it is open — or when it will open. The HTML comes from the server, rendered
 * from the author's Markdown.
 */
export function LearningAids({ aids, onAskHint }: LearningAidsProps) {
  const { hints, solution } = aids;
  if (hints.total === 0 && solution === null) return null;
  return (
    <div className="slope-aids">
      {hints.total > 0 && <Hints hints={hints} onAskHint={onAskHint} />}
      {solution && <Solution solution={solution} />}
    </div>
  );
}

function Hints({
  hints,
  onAskHint,
}: {
  hints: LearningAidsView['hints'];
  onAskHint: LearningAidsProps['onAskHint'];
}) {
  const headingId = useId();
  return (
    <section className="slope-aids__hints" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Hints{' '}
        <span className="slope-aids__count">
          ({hints.open.length} of {hints.total} open)
        </span>
      </h3>
      {hints.open.map((hint) => (
        <section key={hint.index} className="slope-aids__hint">
          <h4>
            Hint {hint.index + 1}: {hint.title}
          </h4>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the author's Markdown, rendered on the server without raw HTML */}
          <div dangerouslySetInnerHTML={{ __html: hint.html }} />
        </section>
      ))}
      {hints.next && <NextHint next={hints.next} onAskHint={onAskHint} />}
    </section>
  );
}

function NextHint({
  next,
  onAskHint,
}: {
  next: NonNullable<LearningAidsView['hints']['next']>;
  onAskHint: LearningAidsProps['onAskHint'];
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const number = next.index + 1;
  const cost = Math.round(next.penalty * 100);
  const ask = async () => {
    setBusy(true);
    setError(null);
    try {
      await onAskHint(next.index);
      setConfirming(false);
    } catch (caught) {
      setError(userMessageOf(caught, 'The hint did not open; try again in a moment.'));
    } finally {
      setBusy(false);
    }
  };
  const opens =
    next.opensAfterFailed === null
      ? null
      : `Hint ${number} opens by itself after ${next.opensAfterFailed} failed attempt${next.opensAfterFailed === 1 ? '' : 's'} (you have ${next.failed}).`;
  return (
    <div className="slope-aids__next">
      {opens && <p className="slope-aids__muted">{opens}</p>}
      {confirming ? (
        <fieldset className="slope-aids__confirm">
          <legend className="slope-sr-only">Ask for hint {number}</legend>
          <p>
            Asking for hint {number} now takes {cost}% off the score of every submission you make
            after it.
          </p>
          <button type="button" className="slope-button" onClick={ask} disabled={busy}>
            Show hint {number} (−{cost}%)
          </button>{' '}
          <button
            type="button"
            className="slope-button slope-button--secondary"
            onClick={() => setConfirming(false)}
            disabled={busy}
          >
            Keep it closed
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          className="slope-button slope-button--secondary"
          onClick={() => (cost > 0 ? setConfirming(true) : void ask())}
          disabled={busy}
        >
          Show hint {number}
          {cost > 0 ? ` (costs ${cost}%)` : ''}
        </button>
      )}
      {error && (
        <p role="alert" className="slope-aids__error">
          {error}
        </p>
      )}
    </div>
  );
}

function Solution({ solution }: { solution: NonNullable<LearningAidsView['solution']> }) {
  const headingId = useId();
  if (!solution.open) {
    const ways = ['when you pass this exercise'];
    if (solution.attemptsOpen !== null)
      ways.push(`when you have used all ${solution.attemptsOpen} attempts`);
    return (
      <section className="slope-aids__solution" aria-labelledby={headingId}>
        <h3 id={headingId}>Worked solution</h3>
        <p className="slope-aids__muted">
          Opens {ways.join(', or ')}
          {solution.dueOpens && (
            <>
              , or at the due date,{' '}
              <time dateTime={solution.dueOpens}>{localTime(solution.dueOpens)}</time>
            </>
          )}
          .
        </p>
      </section>
    );
  }
  return (
    <section className="slope-aids__solution" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Worked solution <span className="slope-aids__count">({REASON[solution.reason]})</span>
      </h3>
      <details>
        <summary>Show the worked solution</summary>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the author's Markdown, rendered on the server without raw HTML */}
        <div dangerouslySetInnerHTML={{ __html: solution.html }} />
      </details>
    </section>
  );
}

function localTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

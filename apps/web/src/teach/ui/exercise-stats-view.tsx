import { BarChart } from '@slope/ui/bar-chart';
import type { ExerciseStats } from '../exercise-stats';
import { decimal, duration, percent } from './format';

/** The numbers, the score histogram and the grouped mistakes of one exercise. */
export function ExerciseStatsView({ stats, who }: { stats: ExerciseStats; who: string }) {
  return (
    <>
      <dl className="stat-grid">
        <div>
          <dt>Attempted</dt>
          <dd>
            {stats.attempted} of {stats.learners}
          </dd>
        </div>
        <div>
          <dt>Submissions</dt>
          <dd>{stats.submissions}</dd>
        </div>
        <div>
          <dt>Pass rate</dt>
          <dd>
            {percent(stats.passRate)}
            {stats.attempted > 0 && (
              <small className="stat-grid__note">{stats.passed} passed</small>
            )}
          </dd>
        </div>
        <div>
          <dt>Median attempts to pass</dt>
          <dd>{decimal(stats.medianAttemptsToPass, 1)}</dd>
        </div>
        <div>
          <dt>Median time to pass</dt>
          <dd>{duration(stats.medianTimeToPassMs)}</dd>
        </div>
      </dl>
      <p className="muted">
        Time to pass runs from a learner’s first submission to their first passing one.
      </p>
      <BarChart
        title="Best score per learner"
        description={`${stats.attempted} ${who} who submitted at least once, by their best score after penalties.`}
        unit="learners"
        bars={stats.scoreBins.map((bin) => ({
          label: bin.label,
          value: bin.count,
          highlight: bin.label === '100%',
        }))}
        highlightText="full marks"
      />
      <h3>Most common mistakes</h3>
      {stats.diagnoses.length === 0 ? (
        <p className="muted">No failing submission yet.</p>
      ) : (
        <ol className="clusters">
          {stats.diagnoses.map((d) => (
            <li key={d.key}>
              <strong>
                {d.learners} learner{d.learners === 1 ? '' : 's'}: {d.label}
              </strong>
              {d.hint && <> — usually {d.hint}</>}{' '}
              <small className="muted">
                ({d.submissions} submission{d.submissions === 1 ? '' : 's'})
              </small>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

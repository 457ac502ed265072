import { BarChart } from '@slope/ui/bar-chart';
import { MathHtmlProvider, MathText } from '@slope/ui/math';
import { renderMathIn } from '@slope/ui/math/server';
import { ScrollRegion } from '../../components/scroll-region';
import type { PracticeWidget } from '../../content/widgets/extract-widgets';
import type { QuestionDetail } from '../question-stats';
import { decimal, percent } from './format';

/** The prompt of a practice widget, whatever its kind. */
export function questionText(widget: PracticeWidget): string {
  const { practice } = widget;
  return 'stem' in practice.spec ? practice.spec.stem : practice.spec.prompt;
}

function discriminationWords(d: number | null): string {
  if (d === null) return 'needs more answers';
  if (d < 0)
    return 'negative: stronger learners get it wrong more often — check the key and wording';
  if (d < 0.2) return 'weak: it barely separates stronger from weaker learners';
  if (d < 0.3) return 'fair';
  return 'good';
}

/** Item analysis and, for a quiz, the distribution of choices; for a formula, the slips. */
export function QuestionDetailView({
  widget,
  detail,
}: {
  widget: PracticeWidget;
  detail: QuestionDetail;
}) {
  const { analysis, choices } = detail;
  const texts = [questionText(widget), ...(choices ?? []).map((c) => c.text)];
  return (
    <MathHtmlProvider value={renderMathIn(texts)}>
      <blockquote className="question-stem">
        <MathText text={questionText(widget)} />
      </blockquote>
      <dl className="stat-grid">
        <div>
          <dt>Answered</dt>
          <dd>{analysis.respondents}</dd>
        </div>
        <div>
          <dt>Difficulty p (right first time)</dt>
          <dd>{decimal(analysis.difficulty)}</dd>
        </div>
        <div>
          <dt>Discrimination D</dt>
          <dd>{decimal(analysis.discrimination)}</dd>
        </div>
        <div>
          <dt>Point-biserial r</dt>
          <dd>{decimal(analysis.pointBiserial)}</dd>
        </div>
        <div>
          <dt>Right in the end</dt>
          <dd>{detail.eventuallyCorrect}</dd>
        </div>
      </dl>
      <p className="muted">
        p is the share right on the first attempt ({percent(analysis.difficulty)}). D compares the
        top and bottom 27% of learners ({analysis.groupSize} each), ranked by their first attempts
        at the course’s other questions: {discriminationWords(analysis.discrimination)}. r
        correlates this question with the same score.
      </p>
      {choices && (
        <BarChart
          title="Choices on the first attempt"
          description={`${analysis.respondents} first attempts; a multiple-choice answer counts for each choice it picks.${detail.firstEmpty ? ` ${detail.firstEmpty} picked nothing.` : ''}`}
          unit="learners"
          orientation="horizontal"
          highlightText="correct"
          bars={choices.map((c) => ({
            label: c.text,
            content: <MathText text={c.text} />,
            value: c.first,
            highlight: c.correct,
          }))}
        />
      )}
      {choices && (
        <ScrollRegion label="Every attempt">
          <table className="table">
            <caption>Every attempt</caption>
            <thead>
              <tr>
                <th scope="col">Choice</th>
                <th scope="col">First attempts</th>
                <th scope="col">All attempts</th>
              </tr>
            </thead>
            <tbody>
              {choices.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <MathText text={c.text} />
                    {c.correct && <strong> (correct)</strong>}
                  </th>
                  <td>{c.first}</td>
                  <td>{c.all}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {detail.slips && (
        <ScrollRegion label="Answers by slip">
          <table className="table">
            <caption>Answers by the slip Slope named</caption>
            <thead>
              <tr>
                <th scope="col">Slip</th>
                <th scope="col">First attempts</th>
                <th scope="col">All attempts</th>
              </tr>
            </thead>
            <tbody>
              {detail.slips.length === 0 && (
                <tr>
                  <td colSpan={3}>No answers yet.</td>
                </tr>
              )}
              {detail.slips.map((s) => (
                <tr key={s.slip}>
                  <th scope="row">{s.label}</th>
                  <td>{s.first}</td>
                  <td>{s.all}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </MathHtmlProvider>
  );
}

import type { Diagnostic } from '@slope/grader/grade-result';
import { LineChart } from '../line-chart/line-chart.tsx';
import { GradientDiagnosisView } from './gradient-diagnosis.tsx';
import type { MistakeHelp } from './mistake-help.ts';

/** One diagnostic of a test: a gradient check, values, a loss curve or a note. */
export function DiagnosticView({
  diagnostic: d,
  testMessage,
  help,
}: {
  diagnostic: Diagnostic;
  testMessage: string;
  /** the course's help for a gradient mistake of this kind (shown once per panel) */
  help?: MistakeHelp | undefined;
}) {
  switch (d.kind) {
    case 'gradient':
      return (
        <GradientDiagnosisView
          diagnosis={d.diagnosis}
          showMessage={d.diagnosis.message !== testMessage}
          help={help}
        />
      );
    case 'values':
      return (
        <dl className="slope-facts slope-values">
          {d.expected !== undefined && (
            <div>
              <dt>Expected</dt>
              <dd>
                <code>{d.expected}</code>
              </dd>
            </div>
          )}
          <div>
            <dt>Got</dt>
            <dd>
              <code>{d.got}</code>
            </dd>
          </div>
          {d.tolerance && (
            <div>
              <dt>Tolerance</dt>
              <dd>{d.tolerance}</dd>
            </div>
          )}
        </dl>
      );
    case 'loss-curve':
      return (
        <LineChart title={d.title} series={d.series} logScale={d.logScale ?? false} height={200} />
      );
    case 'note':
      return <p className="slope-note">{d.text}</p>;
  }
}

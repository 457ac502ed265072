import type { GradientDiagnosis } from '@slope/grader/grade-result';
import { describeErrorMagnitude } from '@slope/numeric';
import type { MistakeHelp } from './mistake-help.ts';

const KIND_LABEL: Record<GradientDiagnosis['kind'], string> = {
  correct: 'Gradient correct',
  'not-numbers': 'Not numbers',
  'wrong-shape': 'Wrong shape',
  transposed: 'Transposed',
  'not-finite': 'NaN or infinity',
  zero: 'All zeros',
  'wrong-sign': 'Wrong sign',
  scaled: 'Off by a constant factor',
  permuted: 'Components swapped',
  shifted: 'Off by one index',
  'wrong-components': 'Some components wrong',
  wrong: 'Wrong gradient',
};

const shape = (s: readonly number[] | null) => (s === null ? 'none' : `[${s.join(' × ')}]`);
const index = (i: readonly number[]) => `[${i.join(', ')}]`;

/**
 * A gradient diagnosis, readable: what kind of mistake, the sentence, the evidence, and the
 * course's help for that kind of mistake (generic: it never depends on the hidden case).
 */
export function GradientDiagnosisView({
  diagnosis: d,
  showMessage = true,
  help,
}: {
  diagnosis: GradientDiagnosis;
  /** false when the test row above already shows the same sentence */
  showMessage?: boolean;
  help?: MistakeHelp | undefined;
}) {
  const facts: [string, string][] = [];
  if (d.scaleLabel) facts.push(['Factor', d.scaleLabel]);
  else if (d.scale !== undefined) facts.push(['Factor', `×${Number(d.scale.toPrecision(3))}`]);
  if (
    d.kind === 'wrong-shape' ||
    d.kind === 'transposed' ||
    (d.gotShape && d.gotShape.join() !== d.expectedShape.join())
  )
    facts.push(['Shapes', `expected ${shape(d.expectedShape)}, got ${shape(d.gotShape)}`]);
  if (d.wrongComponents?.length)
    facts.push([
      'Wrong components',
      d.wrongComponents.slice(0, 8).map(index).join(', ') +
        (d.wrongComponents.length > 8 ? ` and ${d.wrongComponents.length - 8} more` : ''),
    ]);
  if (d.moved?.length)
    facts.push([
      'Moved',
      d.moved
        .slice(0, 6)
        .map((m) => `${index(m.index)} belongs at ${index(m.expectedAt)}`)
        .join('; '),
    ]);
  if (d.nonFinite?.length)
    facts.push([
      'Not finite',
      d.nonFinite
        .slice(0, 6)
        .map((n) => `${index(n.index)} = ${n.value}`)
        .join(', '),
    ]);
  if (d.shift !== undefined)
    facts.push(['Shift', `component j holds the value expected at j ${d.shift > 0 ? '+' : '−'} 1`]);
  if (d.badEntry) facts.push(['Bad entry', `${index(d.badEntry.index)}: ${d.badEntry.detail}`]);
  if (d.worstIndex && !d.ok) facts.push(['Largest error at', index(d.worstIndex)]);
  // Hidden cases give only the error's order of magnitude (the grader's disclosure rule).
  if (d.maxRelativeError !== null && !d.ok)
    facts.push(['Largest relative error', describeErrorMagnitude(d.maxRelativeError)]);

  return (
    <div className="slope-diagnosis" data-kind={d.kind}>
      <p className="slope-diagnosis__head">
        <span className="slope-badge" data-ok={d.ok}>
          Gradient check: {KIND_LABEL[d.kind]}
        </span>
      </p>
      {showMessage && <p>{d.message}</p>}
      {facts.length > 0 && (
        <dl className="slope-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {help && (
        <div className="slope-mistake-help">
          <p>
            <strong>About this mistake:</strong> {help.explanation}
          </p>
          <p>
            Learn more: <a href={help.href}>{help.linkText}</a>
          </p>
        </div>
      )}
    </div>
  );
}

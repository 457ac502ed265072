import { useState } from 'react';
import { MathInput, type MathInputFormat, MathPreview } from '../src/math-input/index.ts';

/** A formula answer as a question widget would hold it: the value, its format, a submit. */
export function MathInputDemo() {
  const [value, setValue] = useState('');
  const [format, setFormat] = useState<MathInputFormat>('latex');
  const [submitted, setSubmitted] = useState<string | null>(null);
  return (
    <div className="slope-widget">
      <p className="slope-prompt">
        Differentiate <code>x^2 sin(x)</code>.
      </p>
      <MathInput
        id="demo-derivative"
        label="Your derivative"
        value={value}
        onChange={(next, nextFormat) => {
          setValue(next);
          setFormat(nextFormat);
        }}
        onSubmit={() => setSubmitted(value)}
        placeholder="e.g. 2*x*cos(x)"
      />
      <p className="slope-hint">
        Value ({format}): <code data-testid="math-value">{value}</code>
      </p>
      {/* The server's parser would send what it understood; the demo shows the editor's LaTeX. */}
      <MathPreview latex={format === 'latex' ? value : ''} />
      <p role="status" data-testid="math-submitted">
        {submitted === null ? '' : `Submitted: ${submitted}`}
      </p>
    </div>
  );
}

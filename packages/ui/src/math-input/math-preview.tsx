'use client';
import { useLayoutEffect, useMemo, useState } from 'react';
import { loadedMathLive, loadMathLive, type MathLive } from './load-mathlive.ts';

export interface MathPreviewProps {
  /** LaTeX of what was understood, e.g. the parser's reading of the learner's answer */
  latex: string;
}

function render(ml: MathLive, latex: string): { html: string; spoken: string } | null {
  try {
    return {
      html: ml.convertLatexToMarkup(latex, { defaultMode: 'inline-math' }),
      spoken: ml.convertLatexToSpeakableText(latex),
    };
  } catch {
    return null; // the source stays on screen
  }
}

/**
 * A formula typeset by MathLive's static renderer (loaded lazily, as for MathInput), in a polite
 * live region: screen readers hear it in words ("2 x sine x plus …"). The LaTeX source is shown
 * until MathLive has loaded, and stays if it cannot.
 */
export function MathPreview({ latex }: MathPreviewProps) {
  const [ml, setMl] = useState<MathLive | null>(null);
  const wanted = latex.trim() !== '';

  // Before paint: no source-then-formula flash when MathLive is already on the page.
  useLayoutEffect(() => {
    if (!wanted) return;
    const ready = loadedMathLive();
    if (ready) {
      setMl(ready);
      return;
    }
    let live = true;
    loadMathLive().then(
      (loaded) => live && setMl(loaded),
      () => {}, // keep showing the source
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  const rendered = useMemo(() => (ml && wanted ? render(ml, latex) : null), [ml, wanted, latex]);
  return (
    <div className="slope-math-preview" aria-live="polite">
      {rendered ? (
        <>
          <span className="slope-sr-only">{rendered.spoken}</span>
          <span
            className="slope-math-preview__formula"
            aria-hidden="true"
            // MathLive's markup for a LaTeX string (it escapes text): safe to inject.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: MathLive HTML, see above
            dangerouslySetInnerHTML={{ __html: rendered.html }}
          />
        </>
      ) : wanted ? (
        <code className="slope-math-preview__source">{latex}</code>
      ) : null}
    </div>
  );
}

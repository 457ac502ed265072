'use client';
import {
  createContext,
  Fragment,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { type MathHtml, mathKey } from './math-html.ts';
import { splitMath } from './split-math.ts';

export interface MathProps {
  /** TeX source, without delimiters */
  tex: string;
  /** display (block) math instead of inline */
  display?: boolean;
}

const MathHtmlContext = createContext<MathHtml | null>(null);

/** Supplies server-rendered math (from `renderMathIn`) to the widgets inside. */
export function MathHtmlProvider({
  value,
  children,
}: {
  value: MathHtml | null | undefined;
  children: ReactNode;
}) {
  const parent = useContext(MathHtmlContext);
  const merged = useMemo(
    () => (parent && value ? { ...parent, ...value } : (value ?? parent)),
    [parent, value],
  );
  return <MathHtmlContext.Provider value={merged}>{children}</MathHtmlContext.Provider>;
}

type Render = (tex: string, display: boolean) => string;
let katexRender: Render | null = null;
let katexLoading: Promise<Render> | null = null;

/** KaTeX is only loaded in the browser when a formula was not rendered on the server. */
function loadKatex(): Promise<Render> {
  katexLoading ??= import('./render-math.ts').then((m) => {
    katexRender = m.renderTex;
    return m.renderTex;
  });
  return katexLoading;
}

/**
 * One formula: KaTeX HTML (with MathML for screen readers). Uses server-rendered HTML from
 * `MathHtmlProvider` when there is one; otherwise loads KaTeX lazily and shows the TeX source
 * meanwhile. Errors render the source in red rather than throwing.
 */
export function MathFormula({ tex, display = false }: MathProps) {
  const pre = useContext(MathHtmlContext)?.[mathKey(tex, display)];
  const [html, setHtml] = useState<string | null>(() => pre ?? null);
  useEffect(() => {
    if (pre) return;
    let live = true;
    if (katexRender) setHtml(katexRender(tex, display));
    else
      void loadKatex().then((render) => {
        if (live) setHtml(render(tex, display));
      });
    return () => {
      live = false;
    };
  }, [pre, tex, display]);
  const Tag = display ? 'div' : 'span';
  const shown = pre ?? html;
  if (shown === null) return <Tag className="slope-math slope-math--pending">{tex}</Tag>;
  // KaTeX output from author TeX (trust: false): safe to inject.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX HTML, see above
  return <Tag className="slope-math" dangerouslySetInnerHTML={{ __html: shown }} />;
}

/** Text with `$…$` / `$$…$$` math segments, as authors write it in widget props. */
export function MathText({ text }: { text: string }) {
  const segments = useMemo(() => splitMath(text), [text]);
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
          <Fragment key={i}>{s.text}</Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
          <MathFormula key={i} tex={s.tex} display={s.display} />
        ),
      )}
    </>
  );
}

/**
 * Author text as the content of a control (a choice, a draggable item). Text that is only math
 * gets a spoken name in visually hidden text ("x squared"), since some assistive tools cannot
 * name a control from MathML alone; mixed text keeps KaTeX's MathML.
 */
export function ControlText({ text, spoken }: { text: string; spoken: string | undefined }) {
  if (!spoken) return <MathText text={text} />;
  return (
    <>
      <span className="slope-sr-only">{spoken}</span>
      <span aria-hidden="true">
        <MathText text={text} />
      </span>
    </>
  );
}

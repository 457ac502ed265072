'use client';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { latexToPlain, plainToLatex } from './convert.ts';
import { loadedMathLive, loadMathLive, type MathLive } from './load-mathlive.ts';
import { type MathInputMode, readModePreference, saveModePreference } from './mode-preference.ts';

/** What a value holds: LaTeX from the formula editor, or plain text (ASCIIMath) as typed. */
export type MathInputFormat = 'latex' | 'ascii-math';

export type MathLoading = 'idle' | 'loading' | 'failed';

export interface MathModeOptions {
  /**
   * Rewrites every value the widget holds into `format` with `change`: plain text typed while
   * the formula editor loaded becomes LaTeX when it arrives, and a switch converts both ways.
   */
  convert(format: MathInputFormat, change: (value: string) => string): void;
  /** whether one of the widget's plain inputs has focus (the editor replacing it then takes it) */
  plainHasFocus(): boolean;
  /** moves focus into the plain input after the learner switched to it */
  focusPlain(): void;
}

/** The editor one widget shows (one formula, or every entry of a matrix) and its switch. */
export interface MathMode {
  /** the editor shown now */
  mode: MathInputMode;
  /** MathLive, once loaded and chosen: the formula editor is shown */
  ml: MathLive | null;
  /** the plain input stands in while the formula editor loads */
  standingIn: boolean;
  loading: MathLoading;
  /** what the switch offers */
  toggleTo: MathInputMode;
  choose(next: MathInputMode): void;
  /** a plain input was typed in (while the editor loads, that text is converted on arrival) */
  typedPlain(): void;
  /** whether the editor a switch put on the page takes focus as it mounts */
  focusNext: RefObject<boolean>;
}

/**
 * The learner's remembered choice between MathLive's formula editor (loaded lazily, once per
 * page) and plain text, for one widget: loading, retrying a failed load, converting the values
 * and moving focus as the editor changes.
 */
export function useMathMode(options: MathModeOptions): MathMode {
  const [preferred, setPreferred] = useState<MathInputMode>('plain');
  const [ml, setMl] = useState<MathLive | null>(null);
  const [loading, setLoading] = useState<MathLoading>('idle');
  const [attempt, setAttempt] = useState(0); // a retry after a failed load
  const latest = useRef(options);
  latest.current = options;
  /** the learner typed in a plain input while the formula editor was on its way */
  const typedWhileLoading = useRef(false);
  const focusNext = useRef(false);

  // After hydration, before paint: the remembered mode, and MathLive if another widget loaded it.
  useLayoutEffect(() => {
    setPreferred(readModePreference());
    setMl(loadedMathLive());
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt retries a failed load
  useEffect(() => {
    if (preferred !== 'formula' || ml) return;
    let live = true;
    setLoading('loading');
    loadMathLive().then(
      (loaded) => {
        if (!live) return;
        // Plain text typed meanwhile becomes LaTeX; an untouched value already is (a restored answer).
        if (typedWhileLoading.current)
          latest.current.convert('latex', (value) => plainToLatex(loaded, value));
        typedWhileLoading.current = false;
        if (latest.current.plainHasFocus()) focusNext.current = true;
        setLoading('idle');
        setMl(loaded);
      },
      () => {
        if (!live) return;
        focusNext.current = false;
        setLoading('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [preferred, ml, attempt]);

  const mode: MathInputMode = preferred === 'formula' && ml ? 'formula' : 'plain';
  const standingIn = preferred === 'formula' && !ml && loading !== 'failed';

  // Focus follows the learner's switch (the formula editor focuses itself as it mounts).
  useEffect(() => {
    if (mode === 'plain' && focusNext.current) latest.current.focusPlain();
    focusNext.current = false;
  }, [mode]);

  function choose(next: MathInputMode) {
    saveModePreference(next);
    focusNext.current = true;
    if (next === 'plain') {
      if (ml) options.convert('ascii-math', (value) => latexToPlain(ml, value));
      setLoading('idle'); // a load on its way is no longer waited for
    }
    if (next === 'formula') {
      if (ml) options.convert('latex', (value) => plainToLatex(ml, value));
      else typedWhileLoading.current = true; // converted when MathLive arrives
      if (loading === 'failed') setAttempt((n) => n + 1);
    }
    setPreferred(next);
  }

  return {
    mode,
    ml: mode === 'formula' ? ml : null,
    standingIn,
    loading,
    toggleTo: mode === 'formula' || standingIn ? 'plain' : 'formula',
    choose,
    typedPlain: () => {
      if (standingIn) typedWhileLoading.current = true;
    },
    focusNext,
  };
}

// A stand-in for MathLive in jsdom (vitest resolves `mathlive` to its server build, which has
// no editor): the real converters from `mathlive/ssr`, a minimal <math-field>, and a load the
// test resolves or rejects when it wants. The real editor is driven in e2e/math-input.spec.ts.
import {
  convertAsciiMathToLatex,
  convertLatexToAsciiMath,
  convertLatexToMarkup,
} from 'mathlive/ssr';
import type { MathLive } from '../load-mathlive.ts';

/** Enough of MathfieldElement for MathInput: value, setValue, disabled, placeholder, events. */
export class FakeMathfield extends HTMLElement {
  static formAssociated = true;
  value = '';
  placeholder = '';
  disabled = false;
  mathVirtualKeyboardPolicy = 'manual';

  connectedCallback(): void {
    this.tabIndex = 0; // MathLive's host role and name are checked in the browser (e2e)
  }

  setValue(value: string): void {
    this.value = value;
  }

  /** What MathLive does as the learner types: new LaTeX, then an `input` event. */
  type(latex: string): void {
    this.value = latex;
    this.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }

  /** Enter: MathLive asks (cancelably) to insert a line break. */
  pressEnter(): boolean {
    return this.dispatchEvent(
      new InputEvent('beforeinput', {
        bubbles: true,
        cancelable: true,
        inputType: 'insertLineBreak',
      }),
    );
  }
}
if (!customElements.get('fake-math-field')) customElements.define('fake-math-field', FakeMathfield);

export const fakeMathLive = {
  MathfieldElement: FakeMathfield,
  convertAsciiMathToLatex,
  convertLatexToAsciiMath,
  convertLatexToMarkup,
  convertLatexToSpeakableText: (latex: string) => `spoken: ${latex}`,
} as unknown as MathLive;

/** The state behind the mocked `load-mathlive.ts`; `reset()` before each test. */
export function createFakeLoader() {
  const state = {
    calls: 0,
    loaded: null as MathLive | null,
    pending: [] as { resolve(ml: MathLive): void; reject(error: Error): void }[],
  };
  return {
    state,
    reset() {
      state.calls = 0;
      state.loaded = null;
      state.pending = [];
    },
    module: {
      loadedMathLive: () => state.loaded,
      loadMathLive: () => {
        state.calls++;
        if (state.loaded) return Promise.resolve(state.loaded);
        return new Promise<MathLive>((resolve, reject) => state.pending.push({ resolve, reject }));
      },
    },
    /** MathLive arrives for every waiting widget. */
    arrive() {
      state.loaded = fakeMathLive;
      for (const p of state.pending.splice(0)) p.resolve(fakeMathLive);
    },
    fail() {
      for (const p of state.pending.splice(0)) p.reject(new Error('chunk failed to load'));
    },
  };
}

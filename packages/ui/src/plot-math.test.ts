import { describe, expect, it } from 'vitest';
import { surfaces } from './contour-plot/surfaces.ts';
import { functionPresets } from './function-plot/presets.ts';
import { mathKey } from './math/math-html.ts';
import { plotPresetMath } from './plot-math.ts';

describe('plotPresetMath', () => {
  it('pre-renders the legend formula of every plot preset, keyed as the legends look it up', () => {
    const math = plotPresetMath();
    for (const preset of [...Object.values(surfaces), ...Object.values(functionPresets)]) {
      expect(math[mathKey(preset.tex, false)], preset.tex).toContain('class="katex"');
    }
  });
});

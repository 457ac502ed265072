import { describe, expect, it } from 'vitest';
import { classify, memoryMessage } from './read-results.ts';

describe('classify', () => {
  it('names interrupts as time-outs and QuickJS out-of-memory errors as memory stops', () => {
    expect(classify({ name: 'InternalError', message: 'interrupted' })).toBe('timeout');
    expect(classify({ name: 'InternalError', message: 'out of memory' })).toBe('memory');
    expect(classify({ name: 'TypeError', message: 'x is not a function' })).toBe('error');
  });

  it('reads a thrown null as a memory stop only when the heap refused to grow', () => {
    const thrownNull = { name: 'thrown value', message: 'null' };
    expect(classify(thrownNull, true)).toBe('memory');
    expect(memoryMessage(thrownNull)).toBe('InternalError: out of memory');
    // A learner's own `throw null` stays their error.
    expect(classify(thrownNull, false)).toBe('error');
    expect(classify({ name: 'thrown value', message: 'undefined' }, true)).toBe('error');
  });
});

import type { GradeResult } from '@slope/grader/grade-result';

/** Sample results covering every status and diagnostic kind (tests and the demo page). */
export const sampleResults = {
  mixed: {
    gradable: true,
    score: 0.4,
    timeMs: 184,
    tests: [
      {
        name: 'value at w = 0',
        status: 'passed',
        passed: true,
        points: 1,
        maxPoints: 1,
        message: '',
        timeMs: 3,
      },
      {
        name: 'gradient on random inputs (seed 7)',
        status: 'failed',
        passed: false,
        points: 0,
        maxPoints: 2,
        message: 'Your gradient does not match finite differences.',
        diagnostics: [
          {
            kind: 'gradient',
            diagnosis: {
              ok: false,
              kind: 'scaled',
              message:
                'Your gradient is ×2 the true one: did you forget the ½ in the loss, or add a term twice?',
              expectedShape: [3],
              gotShape: [3],
              maxRelativeError: 1,
              worstIndex: [0],
              scale: 2,
              scaleLabel: '×2',
            },
          },
          {
            kind: 'values',
            expected: '[0.5, -1.25, 3]',
            got: '[1, -2.5, 6]',
            tolerance: 'rel 1e-6',
          },
        ],
      },
      {
        name: 'gradient shape for a 2×3 weight matrix',
        status: 'failed',
        passed: false,
        points: 0,
        maxPoints: 1,
        message: 'Wrong shape.',
        diagnostics: [
          {
            kind: 'gradient',
            diagnosis: {
              ok: false,
              kind: 'transposed',
              message: 'Your gradient is the transpose of the true one: check the order in matmul.',
              expectedShape: [2, 3],
              gotShape: [3, 2],
              maxRelativeError: null,
              worstIndex: null,
            },
          },
        ],
      },
      {
        name: 'training run decreases the loss',
        status: 'passed',
        passed: true,
        points: 1,
        maxPoints: 1,
        message: 'Loss fell from 4.2 to 0.03 in 50 steps.',
        diagnostics: [
          {
            kind: 'loss-curve',
            title: 'Training loss',
            logScale: true,
            series: [
              { name: 'yours', values: Array.from({ length: 50 }, (_, i) => 4.2 * 0.9 ** i) },
              { name: 'reference', values: Array.from({ length: 50 }, (_, i) => 4.2 * 0.88 ** i) },
            ],
          },
          { kind: 'note', text: 'Try a learning rate of 0.1 to see it converge faster.' },
        ],
      },
      {
        name: 'large input (10 000 × 100)',
        status: 'timeout',
        passed: false,
        points: 0,
        maxPoints: 1,
        message: 'Stopped after 1000 ms: is there a loop that never ends?',
      },
      {
        name: 'memory stays bounded',
        status: 'memory',
        passed: false,
        points: 0,
        maxPoints: 1,
        message: 'Ran out of memory (limit 64 MB).',
      },
      {
        name: 'handles an empty batch',
        status: 'error',
        passed: false,
        points: 0,
        maxPoints: 1,
        message: "TypeError: Cannot read properties of undefined (reading 'length') at line 4",
      },
    ],
    output: 'step 0 loss 4.2\nstep 1 loss 3.78\n',
    outputTruncated: false,
  },
  ungradable: {
    gradable: false,
    score: 0,
    timeMs: 2,
    tests: [],
    formatErrors: [
      { file: 'submission.ts', line: 3, column: 14, message: "Expected ';' but found 'return'" },
      {
        file: 'submission.ts',
        line: 0,
        column: 0,
        message: 'No exported function named `mseGrad`.',
      },
    ],
  },
  allPassed: {
    gradable: true,
    score: 1,
    timeMs: 95,
    tests: [
      {
        name: 'gradient on random inputs',
        status: 'passed',
        passed: true,
        points: 2,
        maxPoints: 2,
        message: '',
      },
      {
        name: 'value at w = 0',
        status: 'passed',
        passed: true,
        points: 1,
        maxPoints: 1,
        message: '',
      },
    ],
  },
} satisfies Record<string, GradeResult>;

/// <reference types="node" />
// pnpm --filter @slope/numeric bench  →  … && tsx bench/formula.ts
// Parse + check of formula answers over 1,000 fuzzed inputs per question: valid and invalid
// expressions, deep nesting, huge exponents, 10 KB strings, LaTeX soup. Target (issue 17):
// p95 ≤ 20 ms, no check over 1 s (a time-out), no check blocking the event loop over 50 ms.
// Baseline in the same run: parsing alone, on the same inputs.

import {
  checkFormula,
  checkGrid,
  compileFormulaQuestion,
  compileGridQuestion,
  parseFormula,
} from '../src/expr/index.ts';
import { Rng } from '../src/index.ts';

const COUNT = 1000;
const rng = new Rng(17);
const pick = <T>(list: readonly T[]): T => list[rng.int(list.length)]!;

/** A random expression from the grammar, in plain text or LaTeX. */
function valid(names: readonly string[], depth: number, latex: boolean): string {
  if (depth <= 0 || rng.next() < 0.25)
    return rng.next() < 0.4 ? String(rng.int(9) + 1) : pick(names);
  const a = () => valid(names, depth - 1, latex);
  switch (rng.int(8)) {
    case 0:
      return `${a()} + ${a()}`;
    case 1:
      return `${a()} - ${a()}`;
    case 2:
      return latex ? `${a()}\\cdot ${a()}` : `${a()}*${a()}`;
    case 3:
      return latex ? `\\frac{${a()}}{${a()}}` : `(${a()})/(${a()})`;
    case 4:
      return latex ? `${pick(['\\sin', '\\cos', '\\exp'])}\\left(${a()}\\right)` : `sin(${a()})`;
    case 5:
      return `(${a()})^${rng.int(4)}`;
    case 6:
      return latex ? `${a()}^{\\top}` : `${a()}^T`;
    default:
      return `-${a()}`;
  }
}

function hostile(names: readonly string[]): string {
  const n = names[0]!;
  switch (rng.int(9)) {
    case 0:
      return `${'('.repeat(30 + rng.int(200))}${n}${')'.repeat(30 + rng.int(200))}`;
    case 1:
      return `${n}^(10^${rng.int(400)})`;
    case 2:
      return `9${'^9'.repeat(rng.int(60))}`;
    case 3:
      return `${n}+`.repeat(5000); // 10 KB
    case 4:
      return '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}'.repeat(1 + rng.int(50));
    case 5:
      return `\\unknown{${n}}\\frac{`.repeat(1 + rng.int(20));
    case 6:
      return Array.from({ length: 1 + rng.int(400) }, () => pick([...'+-*/^()[]{}|_x1.'])).join('');
    case 7:
      return ['1/0', '0^0', '\\frac{1}{0}', `ln(-${n}^2-1)`, ''][rng.int(5)]!;
    default:
      return `\\sqrt{`.repeat(1 + rng.int(100)) + n;
  }
}

function inputs(names: readonly string[]): string[] {
  return Array.from({ length: COUNT }, (_, i) =>
    i % 3 === 2 ? hostile(names) : valid(names, 1 + rng.int(6), rng.next() < 0.5),
  );
}

interface Row {
  what: string;
  times: number[];
  parseTimes: number[];
}

function measure(what: string, names: string[], check: (input: string) => unknown): Row {
  const list = inputs(names);
  for (const input of list.slice(0, 50)) check(input); // warm the JIT
  const times: number[] = [];
  const parseTimes: number[] = [];
  for (const input of list) {
    let t0 = performance.now();
    check(input);
    times.push(performance.now() - t0);
    t0 = performance.now();
    try {
      parseFormula(input, names);
    } catch {
      // not understood: also timed
    }
    parseTimes.push(performance.now() - t0);
  }
  return { what, times, parseTimes };
}

const scalar = compileFormulaQuestion({
  seed: 'bench-scalar',
  answer: '2*x*sin(x) + x^2*cos(x)',
  symbols: { x: 'scalar' },
  of: 'x^2*sin(x)',
  wrt: 'x',
});
const matrix = compileFormulaQuestion({
  seed: 'bench-matrix',
  answer: '2/n X^T(Xw - y) + 2 lambda w',
  symbols: { X: 'n×d', w: 'd', y: 'n', lambda: 'scalar in [0.1, 1]' },
});
const grid = compileGridQuestion({
  seed: 'bench-grid',
  answer: [
    ['2*x*y', 'x^2'],
    ['cos(x)', '0'],
  ],
  symbols: { x: 'scalar', y: 'scalar' },
});

const rows = [
  measure('formula, scalar (x²·sin x)', ['x'], (t) => checkFormula(scalar, t)),
  measure('formula, matrix (ridge gradient)', ['X', 'w', 'y', 'lambda', 'n', 'd'], (t) =>
    checkFormula(matrix, t),
  ),
  measure('matrix answer, 2×2 grid', ['x', 'y'], (t) =>
    checkGrid(grid, [
      [t, 'x^2'],
      ['cos(x)', '0'],
    ]),
  ),
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const head = [
  'check (1,000 fuzzed inputs)',
  'p50',
  'p95',
  'max',
  'parse only p95',
  '> 50 ms',
  '> 1 s',
  'p95 ≤ 20 ms',
];
const table = rows.map((r) => [
  r.what,
  fmt(quantile(r.times, 0.5)),
  fmt(quantile(r.times, 0.95)),
  fmt(Math.max(...r.times)),
  fmt(quantile(r.parseTimes, 0.95)),
  String(r.times.filter((t) => t > 50).length),
  String(r.times.filter((t) => t > 1000).length),
  quantile(r.times, 0.95) <= 20 ? 'yes' : 'NO',
]);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));
console.log(
  '\nA third of the inputs are hostile (deep nesting, huge exponents, 10 KB, LaTeX soup, 1/0). A check runs on the event loop, so its time is the stall it causes.',
);

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MISTAKE_KINDS } from '../mistakes/mistakes-file';
import { checkMistakes } from './check-mistakes';
import { indexContent } from './content-index';

const dir = mkdtempSync(path.join(tmpdir(), 'slope-mistakes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lesson(folder: string, draft: boolean, body: string) {
  mkdirSync(path.join(dir, 'demo', folder), { recursive: true });
  writeFileSync(
    path.join(dir, 'demo', folder, 'index.mdx'),
    `---\ntitle: T\nsummary: S\nobjectives: [O]\nminutes: 1\ndraft: ${draft}\n---\n${body}`,
  );
}
mkdirSync(path.join(dir, 'demo'));
writeFileSync(
  path.join(dir, 'demo/course.json'),
  JSON.stringify({ slug: 'demo', title: 'Demo', summary: 'Demo.' }),
);
lesson('01-gradients', false, '\n## The gradient\n\nText.\n\n## Signs and steps\n');
lesson('02-draft', true, '\n## Soon\n');

const entry = { explanation: 'A short explanation.', section: '01-gradients#the-gradient' };
const complete = Object.fromEntries(MISTAKE_KINDS.map((kind) => [kind, entry]));
const file = path.join(dir, 'demo', 'mistakes.json');

/** Writes mistakes.json (one key a line group, as authors write it) and checks the course. */
function check(text: string) {
  writeFileSync(file, text);
  const item = checkMistakes(indexContent(dir)[0]!);
  return item?.problems.map((p) => `${p.line}:${p.column}: ${p.message}`) ?? null;
}
const json = (table: object) => JSON.stringify(table, null, 2);
/** The line of `"<kind>": {` in json(table); its explanation and section follow it. */
const lineOf = (table: object, kind: string) =>
  json(table)
    .split('\n')
    .findIndex((line) => line.startsWith(`  "${kind}"`)) + 1;

describe('checkMistakes', () => {
  it('accepts a table that explains every kind with a section that exists', () => {
    expect(check(json(complete))).toEqual([]);
  });

  it('ignores a course without mistakes.json', () => {
    rmSync(file, { force: true });
    expect(checkMistakes(indexContent(dir)[0]!)).toBeNull();
  });

  it.each([
    {
      what: 'a missing kind',
      table: { ...complete, zero: undefined },
      problem: /^1:1: no entry for zero: every kind of mistake the grader names needs/,
    },
    {
      what: 'an unknown kind',
      table: { ...complete, 'off-by-two': entry },
      at: { kind: 'off-by-two', below: 0 },
      problem: /"off-by-two" is not a mistake kind the grader names \(kinds: not-numbers, /,
    },
    {
      what: 'a lesson that does not exist',
      table: { ...complete, scaled: { ...entry, section: '09-missing#the-gradient' } },
      at: { kind: 'scaled', below: 2 },
      problem:
        /"scaled" section 09-missing#the-gradient: the course has no lesson folder 09-missing \(lessons: 01-gradients, 02-draft\)/,
    },
    {
      what: 'a heading the lesson does not have',
      table: { ...complete, 'wrong-sign': { ...entry, section: '01-gradients#signs' } },
      at: { kind: 'wrong-sign', below: 2 },
      problem:
        /01-gradients\/index.mdx has no heading with id "signs" \(its headings: #the-gradient, #signs-and-steps\)/,
    },
    {
      what: 'a draft lesson',
      table: { ...complete, zero: { ...entry, section: '02-draft#soon' } },
      at: { kind: 'zero', below: 2 },
      problem: /lesson 02-draft is a draft, learners would get a 404/,
    },
    {
      what: 'a section without an anchor',
      table: { ...complete, wrong: { ...entry, section: '01-gradients' } },
      at: { kind: 'wrong', below: 2 },
      problem: /wrong\.section: write it as <lesson folder>#<heading id>/,
    },
    {
      what: 'an empty explanation',
      table: { ...complete, wrong: { ...entry, explanation: ' ' } },
      at: { kind: 'wrong', below: 1 },
      problem: /wrong\.explanation: /,
    },
  ])('reports $what at its line', ({ table, at, problem }) => {
    const problems = check(json(table));
    expect(problems).toEqual([expect.stringMatching(problem)]);
    // at the entry (its key), or at the field at fault (explanation 1 line below, section 2)
    if (at) expect(problems![0]).toMatch(new RegExp(`^${lineOf(table, at.kind) + at.below}:`));
  });

  it('reports JSON that does not parse at its place', () => {
    expect(check('{\n  "scaled": {\n    "explanation": "x",,\n')).toEqual([
      expect.stringMatching(/^3:\d+: not valid JSON/),
    ]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCourse, readCourse } from '../courses';
import { mistakeHelpFor } from './mistake-help';
import { MISTAKE_KINDS } from './mistakes-file';

const dir = mkdtempSync(path.join(tmpdir(), 'slope-mistake-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mistakeHelpFor', () => {
  it('gives the calculus course help for every kind of mistake, linked to a lesson section', () => {
    const help = mistakeHelpFor(getCourse('calculus-for-ml')!);
    expect(Object.keys(help).sort()).toEqual([...MISTAKE_KINDS].sort());
    expect(help.scaled).toEqual({
      explanation: expect.stringMatching(/same factor/),
      href: '/courses/calculus-for-ml/partial-derivatives-and-the-gradient#the-gradient-of-mean-squared-error',
      linkText: 'Lesson 4: “The gradient of mean squared error”',
    });
  });

  it('leaves out an entry whose section does not exist, and a course without the file', () => {
    const course = path.join(dir, 'demo');
    mkdirSync(path.join(course, '01-one'), { recursive: true });
    writeFileSync(
      path.join(course, 'course.json'),
      JSON.stringify({ slug: 'demo', title: 'D', summary: 'D.' }),
    );
    writeFileSync(
      path.join(course, '01-one/index.mdx'),
      '---\ntitle: One\nsummary: S\nobjectives: [O]\nminutes: 1\n---\n\n## Signs\n',
    );
    expect(mistakeHelpFor(readCourse(course))).toEqual({});
    const entry = (section: string) => ({ explanation: 'E.', section });
    writeFileSync(
      path.join(course, 'mistakes.json'),
      JSON.stringify({ 'wrong-sign': entry('01-one#signs'), zero: entry('01-one#gone') }),
    );
    expect(mistakeHelpFor(readCourse(course))).toEqual({
      'wrong-sign': {
        explanation: 'E.',
        href: '/courses/demo/one#signs',
        linkText: 'Lesson 1: “Signs”',
      },
    });
  });
});

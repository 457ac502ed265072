import { describe, expect, it } from 'vitest';
import type { CourseItems } from './course-items';
import { type CsvColumn, toCsv } from './csv';
import { gradebookColumns, type SubmissionRow, submissionColumns } from './csv-exports';
import type { MatrixRow } from './progress-matrix';

// One 10-point exercise; a learner's best (and only) graded submission scored 0.85 after a
// penalty, 0.95 before it.
const course = {
  course: { slug: 'c', title: 'C' },
  items: [],
  lessons: [],
  exercises: [
    {
      kind: 'exercise',
      key: 'e:grad',
      slug: 'grad',
      title: 'Gradient',
      lessonSlug: 'l',
      lessonPosition: 1,
      id: 'x',
      manifest: { points: 10 },
    },
  ],
} as unknown as CourseItems;

const learner: MatrixRow = {
  id: 'u',
  name: 'Ada',
  email: 'ada@example.com',
  joinedAt: new Date('2026-01-01T00:00:00Z'),
  lessonsCompleted: 0,
  exercisesPassed: 1,
  cells: {
    'e:grad': {
      kind: 'exercise',
      status: 'passed',
      bestScore: 0.85,
      attempts: 2,
      late: false,
      overdue: false,
    },
  },
};

const submission: SubmissionRow = {
  id: 's',
  attempt: 2,
  status: 'GRADED',
  score: 0.85,
  rawScore: 0.95,
  diagnosis: null,
  result: null,
  errorMessage: null,
  code: '',
  createdAt: new Date('2026-01-02T00:00:00Z'),
  gradedAt: new Date('2026-01-02T00:00:01Z'),
  user: { name: 'Ada', email: 'ada@example.com' },
  exercise: { slug: 'grad', title: 'Gradient' },
};

function record<T>(columns: CsvColumn<T>[], row: T): Record<string, string> {
  const [header, values] = toCsv(columns, [row])
    .split('\r\n')
    .map((line) => line.split(','));
  return Object.fromEntries(header!.map((name, i) => [name, values![i]!]));
}

describe('the two CSV files give scores in the same unit: points, with the maximum named', () => {
  it('gradebook: the best score in points of the exercise', () => {
    const row = record(gradebookColumns(course), learner);
    expect(row['Gradient: points (of 10)']).toBe('8.5');
    expect(row['Total points (of 10)']).toBe('8.5');
  });

  it('submissions: each score in points, beside the maximum', () => {
    const row = record(submissionColumns(course), submission);
    expect(row).toMatchObject({
      Points: '8.5',
      'Max points': '10',
      'Points before penalty': '9.5',
    });
    expect(row).not.toHaveProperty('Score');
  });

  it('submissions: an ungraded submission has no points yet, not 0', () => {
    const row = record(submissionColumns(course), {
      ...submission,
      status: 'QUEUED',
      score: null,
      rawScore: null,
    });
    expect(row).toMatchObject({ Points: '', 'Points before penalty': '' });
  });
});

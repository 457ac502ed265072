import { z } from 'zod';

const id = z.string().min(1).max(100);

/** The shape of a learner's answer per widget kind, checked before anything is stored. */
export const answerSchemas = {
  Quiz: z.object({ selected: z.array(id).max(50) }).strict(),
  Ordering: z.object({ order: z.array(id).min(1).max(50) }).strict(),
  Match: z.object({ placements: z.record(id, id) }).strict(),
} as const;

export const practiceRequestSchema = z
  .object({
    course: z.string().min(1).max(100),
    lesson: z.string().min(1).max(100),
    widget: z.string().min(1).max(100),
    answer: z.unknown(),
  })
  .strict();
export type PracticeRequest = z.infer<typeof practiceRequestSchema>;

import type { FeedbackVisibility, PrismaClient } from '@slope/db';
import type { Manifest } from '@slope/grader';

/** What a learner's class decided for one exercise (either part may be unset). */
export interface ClassSetting {
  dueAt: Date | null;
  feedback: FeedbackVisibility | null;
  /** the worked solution opens to the class after the due date */
  solutionAfterDue: boolean;
  className: string;
}

/**
 * The class settings that apply to a learner, by exercise slug: from the classes the learner
 * joined (not archived), the most recently joined class that set something for the exercise.
 */
export async function classSettingsFor(
  prisma: PrismaClient,
  userId: string,
  slugs: readonly string[],
): Promise<Map<string, ClassSetting>> {
  const out = new Map<string, ClassSetting>();
  if (slugs.length === 0) return out;
  const memberships = await prisma.classMembership.findMany({
    where: { userId, role: 'LEARNER', class: { archived: false } },
    orderBy: { joinedAt: 'desc' },
    select: {
      class: {
        select: {
          name: true,
          exerciseSettings: {
            where: { exercise: { slug: { in: [...slugs] } } },
            select: {
              dueAt: true,
              feedback: true,
              solutionAfterDue: true,
              exercise: { select: { slug: true } },
            },
          },
        },
      },
    },
  });
  for (const { class: klass } of memberships) {
    for (const setting of klass.exerciseSettings) {
      if (out.has(setting.exercise.slug)) continue;
      if (setting.dueAt === null && setting.feedback === null && !setting.solutionAfterDue)
        continue;
      out.set(setting.exercise.slug, {
        dueAt: setting.dueAt,
        feedback: setting.feedback,
        solutionAfterDue: setting.solutionAfterDue,
        className: klass.name,
      });
    }
  }
  return out;
}

/**
 * The feedback policy in force: the class's choice over the manifest's. A class due date
 * replaces the manifest's for "after the due date"; "after the due date" with no due date
 * anywhere shows the summary (the settings API refuses that combination).
 *
 * @example effectiveFeedback({ visibility: 'full' }, { feedback: 'SUMMARY', dueAt: null })
 * // { visibility: 'summary' }
 */
export function effectiveFeedback(
  manifest: Manifest['feedback'],
  setting: Pick<ClassSetting, 'dueAt' | 'feedback'> | undefined,
): Manifest['feedback'] {
  if (!setting) return manifest;
  const manifestDue = manifest.visibility === 'after-due' ? manifest.due : null;
  const due = setting.dueAt?.toISOString() ?? manifestDue;
  switch (setting.feedback) {
    case 'FULL':
      return { visibility: 'full' };
    case 'SUMMARY':
      return { visibility: 'summary' };
    case 'AFTER_DUE':
      return due ? { visibility: 'after-due', due } : { visibility: 'summary' };
    default:
      return manifest.visibility === 'after-due' && due
        ? { visibility: 'after-due', due }
        : manifest;
  }
}

/** The due date a learner sees: the class's, else the manifest's feedback due date. */
export function effectiveDue(
  manifest: Manifest['feedback'],
  setting: Pick<ClassSetting, 'dueAt'> | undefined,
): Date | null {
  if (setting?.dueAt) return setting.dueAt;
  return manifest.visibility === 'after-due' ? new Date(manifest.due) : null;
}

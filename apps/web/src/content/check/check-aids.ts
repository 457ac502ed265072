import path from 'node:path';
import type { Manifest } from '@slope/grader';
import { readAidFiles } from '../../learning-aids/aid-files';
import { toProblem } from './problem';
import type { Problem } from './types';

/**
 * An exercise's learning aids: `hints.md` and `solution.md` render (math included), every hint
 * has a title, and the manifest's `hints.openAfterFailed` names no more hints than there are.
 */
export async function checkAids(dir: string, manifest: Manifest | null): Promise<Problem[]> {
  let hints: number;
  try {
    hints = (await readAidFiles(dir)).hints.length;
  } catch (error) {
    return [toProblem(dir, error)];
  }
  const opening = manifest?.hints.openAfterFailed.length ?? 0;
  if (opening <= hints) return [];
  return [
    {
      file: path.join(dir, 'manifest.json'),
      message: `"hints.openAfterFailed" opens ${opening} hints, but ${hints ? `hints.md has ${hints}` : 'there is no hints.md'}`,
    },
  ];
}

import { describe, expect, it } from 'vitest';
import { LESSON_COMPONENTS } from '../content/widgets/component-names';
import { lessonComponents } from './lesson-components';

describe('lesson components', () => {
  it('provides exactly the components the MDX checker allows', () => {
    expect(Object.keys(lessonComponents).sort()).toEqual([...LESSON_COMPONENTS].sort());
  });
});

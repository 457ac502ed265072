import { describe, expect, it } from 'vitest';
import { analyseItem, correlation } from './item-analysis';

// Ten learners ranked by their score on the other questions; 1 = right on the first attempt.
//   rest: .9 .8 .8 .7 .6 .5 .4 .3 .2 .1
//   item:  1  1  0  1  1  0  1  0  0  0
// By hand: p = 5/10 = 0.5. Groups of round(0.27 × 10) = 3: upper (.9 .8 .8) got 2 of 3 right,
// lower (.3 .2 .1) got 0 of 3, so D = 2/3 − 0 = 0.667. Point-biserial: mean rest of those right
// M1 = 3.4/5 = 0.68, of those wrong M0 = 1.9/5 = 0.38, population sd of rest
// s = √(0.349 − 0.53²) = √0.0681 = 0.26096, r = (M1 − M0)/s · √(pq) = 0.3/0.26096 · 0.5 = 0.5748.
const rest = [0.9, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
const item = [1, 1, 0, 1, 1, 0, 1, 0, 0, 0] as const;
const tenLearners = rest.map((r, i) => ({ item: item[i]!, rest: r }));

describe('analyseItem', () => {
  it('matches the hand-computed difficulty, discrimination and point-biserial', () => {
    const a = analyseItem(tenLearners);
    expect(a.respondents).toBe(10);
    expect(a.difficulty).toBe(0.5);
    expect(a.groupSize).toBe(3);
    expect(a.discrimination).toBeCloseTo(2 / 3, 10);
    expect(a.pointBiserial).toBeCloseTo(0.5748, 4);
  });

  it('does not depend on the order learners come in', () => {
    const shuffled = [...tenLearners].reverse();
    expect(analyseItem(shuffled).discrimination).toBeCloseTo(2 / 3, 10);
  });

  it('a question the weaker learners get right discriminates negatively', () => {
    const reversed = tenLearners.map((l) => ({ ...l, item: (1 - l.item) as 0 | 1 }));
    const a = analyseItem(reversed);
    expect(a.difficulty).toBe(0.5);
    expect(a.discrimination).toBeCloseTo(-2 / 3, 10);
    expect(a.pointBiserial).toBeCloseTo(-0.5748, 4);
  });

  it('learners with no other answers count for difficulty only', () => {
    const a = analyseItem([...tenLearners, { item: 1, rest: null }]);
    expect(a.respondents).toBe(11);
    expect(a.difficulty).toBeCloseTo(6 / 11, 10);
    expect(a.discrimination).toBeCloseTo(2 / 3, 10);
  });

  it.each([
    ['nobody', [], { difficulty: null, discrimination: null, pointBiserial: null }],
    ['one learner', [{ item: 1, rest: 0.5 }], { difficulty: 1, discrimination: null }],
    [
      // 4 learners: round(1.08) = 1 per group: top .9 right, bottom .1 wrong → D = 1
      'four learners',
      [
        { item: 1, rest: 0.9 },
        { item: 0, rest: 0.6 },
        { item: 1, rest: 0.4 },
        { item: 0, rest: 0.1 },
      ],
      { difficulty: 0.5, discrimination: 1, groupSize: 1 },
    ],
    [
      'everyone right: no spread, no correlation',
      [
        { item: 1, rest: 0.9 },
        { item: 1, rest: 0.1 },
      ],
      { difficulty: 1, discrimination: 0, pointBiserial: null },
    ],
  ] as const)('%s', (_name, respondents, expected) => {
    expect(analyseItem(respondents)).toMatchObject(expected);
  });
});

describe('correlation', () => {
  it('is 1 for a perfect line and null without spread', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 1, 1], [2, 4, 6])).toBeNull();
    expect(correlation([1], [2])).toBeNull();
  });
});

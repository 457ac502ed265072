import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempDatabase, tempDatabase } from '../testing/temp-database';
import { JOIN_LIMIT, joinClass } from './join-class';
import { createClass, rotateJoinCode } from './manage-class';

describe('joining a class', () => {
  let db: TempDatabase;
  let classId: string;
  let code: string;
  let learner: string;
  let teacher: string;

  beforeAll(async () => {
    db = await tempDatabase();
    const { prisma } = db;
    teacher = (await prisma.user.create({ data: { email: 't@example.com', role: 'INSTRUCTOR' } }))
      .id;
    learner = (await prisma.user.create({ data: { email: 'l@example.com' } })).id;
    const created = await createClass(
      prisma,
      { id: teacher },
      { name: '  Autumn  ', course: 'calculus-for-ml' },
    );
    if (created.status !== 201) throw new Error(created.error);
    classId = created.class.id;
    code = created.class.joinCode;
    expect(created.class.name).toBe('Autumn');
  });
  afterAll(() => db.dispose());

  it('creating a class makes its creator the instructor; a bad course or name is refused', async () => {
    const { prisma } = db;
    expect(
      await prisma.classMembership.findMany({
        where: { classId },
        select: { userId: true, role: true },
      }),
    ).toEqual([{ userId: teacher, role: 'INSTRUCTOR' }]);
    expect(
      await createClass(prisma, { id: teacher }, { name: 'x', course: 'no-such-course' }),
    ).toEqual({
      status: 400,
      error: 'There is no course "no-such-course".',
    });
    expect(
      await createClass(prisma, { id: teacher }, { name: '   ', course: 'calculus-for-ml' }),
    ).toMatchObject({
      status: 400,
      error: expect.stringContaining('give the class a name'),
    });
  });

  it('a learner joins with the code, typed loosely; joining again is harmless', async () => {
    const loose = code.toLowerCase().replace('-', ' ');
    const first = await joinClass(db.prisma, learner, { code: loose });
    expect(first).toMatchObject({
      status: 200,
      joined: true,
      role: 'LEARNER',
      class: { id: classId },
    });
    const again = await joinClass(db.prisma, learner, { code });
    expect(again).toMatchObject({ status: 200, joined: false, role: 'LEARNER' });
    expect(await db.prisma.classMembership.count({ where: { classId, userId: learner } })).toBe(1);
  });

  it('the instructor "joining" stays the instructor', async () => {
    expect(await joinClass(db.prisma, teacher, { code })).toMatchObject({
      status: 200,
      joined: false,
      role: 'INSTRUCTOR',
    });
  });

  it('says what is wrong with a malformed or unknown code', async () => {
    expect(await joinClass(db.prisma, learner, { code: '!!' })).toMatchObject({ status: 400 });
    expect(await joinClass(db.prisma, learner, {})).toMatchObject({ status: 400 });
    expect(await joinClass(db.prisma, learner, { code: 'ZZZZ-ZZZZ' })).toEqual({
      status: 404,
      error:
        'No class has the code ZZZZ-ZZZZ. Check it with your instructor: a code stops working when they renew it.',
    });
  });

  it('a renewed code replaces the old one', async () => {
    const fresh = await rotateJoinCode(db.prisma, classId);
    expect(fresh).not.toBe(code);
    const other = (await db.prisma.user.create({ data: { email: 'late@example.com' } })).id;
    expect(await joinClass(db.prisma, other, { code })).toMatchObject({ status: 404 });
    expect(await joinClass(db.prisma, other, { code: fresh })).toMatchObject({
      status: 200,
      joined: true,
    });
    code = fresh;
  });

  it('too many wrong codes make a learner wait, even for a right one', async () => {
    const guesser = (await db.prisma.user.create({ data: { email: 'guess@example.com' } })).id;
    for (let i = 0; i < JOIN_LIMIT.max; i++) {
      expect(
        await joinClass(db.prisma, guesser, { code: `GUES-S${String(i).padStart(3, '0')}` }),
      ).toMatchObject({
        status: 404,
      });
    }
    const blocked = await joinClass(db.prisma, guesser, { code });
    expect(blocked).toMatchObject({ status: 429, error: expect.stringMatching(/Wait 15 minutes/) });
  });

  it('an archived class takes nobody new', async () => {
    await db.prisma.class.update({ where: { id: classId }, data: { archived: true } });
    const late = (await db.prisma.user.create({ data: { email: 'later@example.com' } })).id;
    expect(await joinClass(db.prisma, late, { code })).toMatchObject({ status: 409 });
  });
});

import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { evaluate } from './evaluate.ts';

const measure = (id: string, label: string, thresholds: (number | null)[]) => ({
  id,
  label,
  direction: 'higher',
  inclusive: true,
  thresholds,
});

/** 001 L289–293: OTOP products, growth ≥ 7/9/11/13/15 %, ≥ 1/1/2/3/3 channels, ≥ 1/2/3/3/4 posts a month */
const otopProducts = criteriaSchema.parse({
  type: 'composite',
  measures: [
    measure('growth', 'รายได้เพิ่มขึ้น (ร้อยละ)', [7, 9, 11, 13, 15]),
    measure('channels', 'ช่องทางประชาสัมพันธ์', [1, 1, 2, 3, 3]),
    measure('posts', 'การเผยแพร่ (ครั้ง/เดือน)', [1, 2, 3, 3, 4]),
  ],
});

const score = (growth: number | string, channels: number, posts: number) =>
  evaluate(otopProducts, { measures: { growth, channels, posts } });

describe('composite (001-I1)', () => {
  it('takes the highest level whose conditions all hold at once', () => {
    expect(score(16, 3, 4)).toMatchObject({ level: 5, score: '5.0000', next: null });
    expect(score(16, 1, 4)).toMatchObject({ level: 2 });
    expect(score(16, 3, 1)).toMatchObject({ level: 1 });
    expect(score('6.99', 5, 9)).toMatchObject({ level: 0, label: 'ไม่ผ่านเกณฑ์' });
    expect(score(7, 1, 1)).toMatchObject({ level: 1 });
  });

  it('lists what the next level needs, met or not', () => {
    expect(score(12, 2, 4)).toEqual({
      level: 3,
      score: '3.0000',
      label: 'ระดับ 3',
      warnings: [],
      next: {
        kind: 'conditions',
        level: 4,
        conditions: [
          {
            measure: 'growth',
            label: 'รายได้เพิ่มขึ้น (ร้อยละ)',
            current: '12',
            value: '13',
            comparison: 'gte',
            description: 'at least 13',
            met: false,
          },
          {
            measure: 'channels',
            label: 'ช่องทางประชาสัมพันธ์',
            current: '2',
            value: '3',
            comparison: 'gte',
            description: 'at least 3',
            met: false,
          },
          {
            measure: 'posts',
            label: 'การเผยแพร่ (ครั้ง/เดือน)',
            current: '4',
            value: '3',
            comparison: 'gte',
            description: 'at least 3',
            met: true,
          },
        ],
        text: 'ต้องได้ รายได้เพิ่มขึ้น (ร้อยละ) ไม่น้อยกว่า 13 (ตอนนี้ 12) และ ช่องทางประชาสัมพันธ์ ไม่น้อยกว่า 3 (ตอนนี้ 2) จึงจะได้ระดับ 4',
      },
    });
  });

  it('lets a measure leave level 1 open (003 L355: "จำนวนน้อยกว่า ๔ ครั้ง")', () => {
    const marketing = criteriaSchema.parse({
      type: 'composite',
      measures: [
        measure('events', 'กิจกรรม (ครั้ง)', [null, 4, 8, 16, 20]),
        measure('channels', 'ช่องทางออนไลน์', [1, 1, 1, 3, 3]),
      ],
    });
    expect(evaluate(marketing, { measures: { events: 0, channels: 1 } })).toMatchObject({
      level: 1,
      next: {
        level: 2,
        conditions: [
          { measure: 'events', value: '4', met: false },
          { measure: 'channels', met: true },
        ],
      },
    });
  });

  it('needs every measure and no others', () => {
    expect(() => evaluate(otopProducts, { measures: { growth: 12, channels: 2 } })).toThrow(
      'ต้องระบุการเผยแพร่ (ครั้ง/เดือน)',
    );
    expect(() =>
      evaluate(otopProducts, { measures: { growth: 12, channels: 2, posts: 1, likes: 9 } }),
    ).toThrow('ค่าของเงื่อนไขมีเงื่อนไขที่เกณฑ์ไม่ได้กำหนด: likes');
  });
});

import { describe, expect, it } from 'vitest';
import { Dec } from '../scoring/decimal.ts';
import { TRAFFIC_LIGHT_LEGEND, trafficLight } from './traffic-light.ts';

describe('traffic light on % of target (seed 004 L71–75)', () => {
  it('C-01: the boundaries are red < 50 ≤ yellow ≤ 80 < green', () => {
    expect(trafficLight(new Dec('49.99'))).toBe('red');
    expect(trafficLight(new Dec('50.00'))).toBe('yellow');
    expect(trafficLight(new Dec('80.00'))).toBe('yellow');
    expect(trafficLight(new Dec('80.01'))).toBe('green');
  });

  it("colours the seed's own percentages", () => {
    expect(trafficLight(new Dec('79.20'))).toBe('yellow'); // 7.1 Q2
    expect(trafficLight(new Dec('77.01'))).toBe('yellow'); // 1.1 Q2
    expect(trafficLight(new Dec('53.25'))).toBe('yellow'); // 7.1 Q3
    expect(trafficLight(new Dec('36.84'))).toBe('red'); // 5 Q4
    expect(trafficLight(new Dec('3.76'))).toBe('red'); // 4.2(2) Q2
    expect(trafficLight(new Dec('101.57'))).toBe('green'); // 1.1 annual, printed in red font
  });

  it('takes the colour of the printed % (2 decimals, half up)', () => {
    expect(trafficLight(new Dec('80.004'))).toBe('yellow');
    expect(trafficLight(new Dec('80.005'))).toBe('green');
    expect(trafficLight(new Dec('49.995'))).toBe('yellow');
  });

  it('prints the legend as the seed does', () => {
    expect(TRAFFIC_LIGHT_LEGEND.map((entry) => entry.textTh)).toEqual([
      'สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50',
      'สีเหลือง หมายถึง ผลการดำเนินงานร้อยละ 50 - 80',
      'สีเขียว หมายถึง ผลการดำเนินงานมากกว่าร้อยละ 80',
    ]);
  });
});

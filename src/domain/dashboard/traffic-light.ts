import { Dec } from '../scoring/decimal.ts';

export type TrafficLight = 'red' | 'yellow' | 'green';

const FIFTY = new Dec(50);
const EIGHTY = new Dec(80);

/**
 * The colour legend printed under every page of the summary table, in the seed's own words
 * (004 L71–75, repeated at L133–137).
 */
export const TRAFFIC_LIGHT_LEGEND: readonly { readonly light: TrafficLight; readonly textTh: string }[] = [
  { light: 'red', textTh: 'สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50' },
  { light: 'yellow', textTh: 'สีเหลือง หมายถึง ผลการดำเนินงานร้อยละ 50 - 80' },
  { light: 'green', textTh: 'สีเขียว หมายถึง ผลการดำเนินงานมากกว่าร้อยละ 80' },
];

export const TRAFFIC_LIGHT_THAI: Readonly<Record<TrafficLight, string>> = {
  red: 'แดง',
  yellow: 'เหลือง',
  green: 'เขียว',
};

/**
 * The colour of a % of target: red < 50 ≤ yellow ≤ 80 < green.
 * 004 L71: "สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50"
 * 004 L73: "สีเหลือง หมายถึง ผลการดำเนินงานร้อยละ 50 - 80" (both ends inclusive, as written)
 * 004 L75: "สีเขียว หมายถึง ผลการดำเนินงานมากกว่าร้อยละ 80"
 * The colour is taken from the % as printed (2 decimals, half up), so the colour never disagrees with the
 * number beside it: an exact 80.004 prints 80.00 and is yellow.
 */
export function trafficLight(percent: Dec): TrafficLight {
  const printed = percent.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  if (printed.lt(FIFTY)) return 'red';
  if (printed.lte(EIGHTY)) return 'yellow';
  return 'green';
}

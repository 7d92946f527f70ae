import type { Light } from './types';

/** A decimal string with Thai-style thousands separators, digits untouched: "1629.5016" → "1,629.5016"; none is "–". */
export function figure(value: string | null): string {
  if (value === null) return '–';
  const [whole = '', fraction] = value.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The band's colours on screen and on paper: a pale fill with a dark edge, readable in black-and-white print too. */
export const LIGHT_FILL: Readonly<Record<Light, string>> = {
  red: '#ffc9c9',
  yellow: '#ffec99',
  green: '#b2f2bb',
};

export const LIGHT_MANTINE: Readonly<Record<Light, string>> = {
  red: 'red',
  yellow: 'yellow',
  green: 'green',
};

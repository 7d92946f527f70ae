import { createTheme } from '@mantine/core';

const sarabun = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';

export const theme = createTheme({
  fontFamily: sarabun,
  headings: { fontFamily: sarabun, fontWeight: '700' },
  primaryColor: 'indigo',
  defaultRadius: 'md',
});

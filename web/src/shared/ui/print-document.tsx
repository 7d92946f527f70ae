import { Button, Group } from '@mantine/core';
import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/language';
import './print.css';

type Props = {
  /** The browser tab's title while the document is open (also the PDF's default file name). */
  title: string;
  /** Where "กลับ" leads. */
  backTo: string;
  children: ReactNode;
};

/** An A4 sheet is 21 cm wide: 793.7 CSS pixels. */
const SHEET_PX = (21 / 2.54) * 96;
/** The sheet's side margins on screen (1rem each side). */
const GUTTER_PX = 32;

/** How much a sheet is scaled on this screen: 1 when A4 fits, less on a phone, so the whole page shows as printed. */
const zoomOf = () => Math.min(1, (document.documentElement.clientWidth - GUTTER_PX) / SHEET_PX);

function useSheetZoom(): number {
  const [zoom, setZoom] = useState(zoomOf);
  useEffect(() => {
    const update = () => setZoom(zoomOf());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return zoom;
}

/** A printout outside the app shell: a toolbar (hidden in print) over A4 sheets (.print-sheet). */
export function PrintDocument({ title, backTo, children }: Props) {
  const { t } = useI18n();
  const zoom = useSheetZoom();
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  return (
    <div
      className="print-root"
      lang="th"
      data-testid="print-document"
      style={{ '--print-zoom': zoom.toFixed(4) } as CSSProperties}
    >
      <div className="print-toolbar">
        <Button component={Link} to={backTo} variant="default" size="xs" data-testid="print-back">
          {t('print.back')}
        </Button>
        <Group gap="xs">
          <Button size="xs" onClick={() => window.print()} data-testid="print-button">
            {t('print.print')}
          </Button>
        </Group>
      </div>
      {children}
    </div>
  );
}

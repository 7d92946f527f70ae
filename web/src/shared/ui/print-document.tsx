import { Button, Group } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
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

/** A printout outside the app shell: a toolbar (hidden in print) over A4 sheets (.print-sheet). */
export function PrintDocument({ title, backTo, children }: Props) {
  const { t } = useI18n();
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  return (
    <div className="print-root" lang="th" data-testid="print-document">
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

import { Badge } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { levelLabel } from '../criteria-text';

const levelColors = ['red', 'orange', 'yellow', 'lime', 'teal', 'green'] as const;

/** Level 0 red "ไม่ผ่านเกณฑ์", levels 1–5 from orange to green. */
export function LevelBadge({ level, testId }: { level: number; testId?: string }) {
  const { lang } = useI18n();
  return (
    <Badge
      color={levelColors[level] ?? 'gray'}
      variant={level === 0 ? 'filled' : 'light'}
      data-testid={testId}
      data-level={level}
      style={{ whiteSpace: 'nowrap' }}
    >
      {levelLabel(level, lang)}
    </Badge>
  );
}

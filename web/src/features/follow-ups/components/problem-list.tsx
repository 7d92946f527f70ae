import { Alert, Anchor, List } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { fieldAnchor } from './form-renderer/form-renderer';
import type { FormProblem } from './form-renderer/types';

/** "sections.fund_total" or "followers.0.name" → the field's key, whose block carries the anchor. */
const keyOf = (path: string) => path.split('.')[0] ?? path;

/** What still stops the form from being finished, each linking to its field. */
export function ProblemList({ problems }: { problems: readonly FormProblem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" title={t('fu.problemsTitle', { n: problems.length })} data-testid="follow-up-problems">
      <List size="sm" spacing={4}>
        {problems.map((p) => (
          <List.Item key={`${p.path}-${p.messageTh}`}>
            <Anchor
              href={`#${fieldAnchor(keyOf(p.path))}`}
              size="sm"
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldAnchor(keyOf(p.path)))?.scrollIntoView({ block: 'center' });
              }}
            >
              {p.messageTh}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

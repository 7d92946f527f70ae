import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useCurrentUser } from '../../auth/api';
import { useTemplate, useTemplates } from '../../form-templates/api';
import { useUnit } from '../../units/api';
import { fetchPrefill } from '../api';
import { UnitChooser } from '../components/unit-chooser';
import type { DraftView } from '../drafts/use-follow-up-draft';
import { canFillFollowUps } from '../follow-up-access';
import type { FollowUpStart } from '../types';

/** A unit given by the visit plan (?unit=): shown, not chosen again. */
function GivenUnit({ code }: { code: string }) {
  const { t } = useI18n();
  const unit = useUnit(code);
  if (unit.isError) return <ErrorAlert error={unit.error} />;
  if (!unit.data) return <Loader size="sm" />;
  return <Text data-testid="follow-up-given-unit">{t('fu.unitIs', { name: unit.data.unit.nameTh })}</Text>;
}

/**
 * /follow-ups/new (?unit=&date= from a visit plan): choose the form, the unit and the follow-up date; the server's
 * prefill (register figures, live KPIs) becomes the draft's start, under a client id this browser makes.
 */
export function NewFollowUpPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const givenUnit = params.get('unit');
  const templates = useTemplates({ status: 'published' });
  const [templateId, setTemplateId] = useState<number | null>(null);
  const template = useTemplate(templateId ?? Number.NaN);
  const [chosenUnit, setUnit] = useState<string | null>(null);
  const [date, setDate] = useState(params.get('date') ?? todayIso());
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const unit = givenUnit ?? chosenUnit;
  const unitDetail = useUnit(unit ?? '', unit !== null);
  const definition = template.data?.definition;
  const unitNameTh = unit === null ? undefined : unitDetail.data?.unit.nameTh;
  const ready =
    templateId !== null &&
    unit !== null &&
    date !== '' &&
    definition !== undefined &&
    unitNameTh !== undefined;

  const start = async () => {
    if (!ready) return;
    setStarting(true);
    setError(null);
    try {
      const prefill = await fetchPrefill(templateId, unit, date);
      // The definition and the unit's name go with the draft: it must reopen offline before the server has it.
      const state: { start: FollowUpStart; view: DraftView } = {
        start: { templateId, unit, followUpDate: date, values: prefill.values, sources: prefill.sources },
        view: { definition, unitNameTh },
      };
      navigate(`/follow-ups/fill/${crypto.randomUUID()}`, { state });
    } catch (e) {
      setError(e);
      setStarting(false);
    }
  };

  if (!canFillFollowUps(me))
    return (
      <Stack maw={640}>
        <Title order={2}>{t('fu.new')}</Title>
        <Alert data-testid="follow-up-read-only">{t('fu.readOnlyNew')}</Alert>
      </Stack>
    );
  if (templates.isPending) return <PageLoader />;
  const options = (templates.data?.templates ?? []).map((tp) => ({
    value: String(tp.id),
    label: tp.version > 1 ? `${tp.titleTh} (${t('fu.version', { version: tp.version })})` : tp.titleTh,
  }));
  return (
    <Stack maw={640}>
      <Title order={2}>{t('fu.new')}</Title>
      {templates.isError && <ErrorAlert error={templates.error} />}
      {templates.data && options.length === 0 && (
        <Alert data-testid="follow-up-no-templates">{t('fu.noTemplates')}</Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="md">
          <Select
            label={t('fu.chooseForm')}
            placeholder={t('form.choose')}
            data={options}
            value={templateId === null ? null : String(templateId)}
            onChange={(v) => {
              setTemplateId(v === null ? null : Number(v));
              setUnit(null);
            }}
            size="md"
            data-testid="follow-up-template"
          />
          {template.isError && <ErrorAlert error={template.error} />}
          {givenUnit ? (
            <GivenUnit code={givenUnit} />
          ) : (
            definition && (
              <UnitChooser
                key={templateId}
                subject={definition.subject}
                value={chosenUnit}
                onChange={setUnit}
              />
            )
          )}
          <ThaiDateInput
            label={t('fu.followUpDate')}
            value={date}
            onChange={setDate}
            size="md"
            testId="follow-up-date"
          />
          {error !== null && <ErrorAlert error={error} />}
          <Group>
            <Button
              size="md"
              disabled={!ready}
              loading={starting}
              onClick={start}
              data-testid="follow-up-start"
            >
              {t('fu.start')}
            </Button>
            <Button size="md" variant="default" component={Link} to="/follow-ups">
              {t('fu.cancel')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

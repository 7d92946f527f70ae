import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { addresseeOf } from '../../../../../src/domain/visits/plan.ts';
import { useI18n } from '../../../shared/i18n/language';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import type { Letter } from '../types';

type Props = {
  letter: Letter;
  /** The names of the districts the rows visit, for the เรียน line. */
  districtNames: string[];
  readOnly: boolean;
  onChange: (letter: Letter) => void;
};

/** The official letter's fields (หนังสือราชการ): ที่, ส่วนราชการ, date, เรื่อง, เรียน, attachments, body, signer. */
export function LetterFields({ letter, districtNames, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<Letter>) => onChange({ ...letter, ...patch });
  const text = (key: 'number' | 'officeTh' | 'addressTh' | 'subjectTh' | 'closingTh', label: string) => (
    <TextInput
      label={label}
      value={letter[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      data-testid={`visits-letter-${key}`}
    />
  );
  return (
    <Paper withBorder p="md" data-testid="visits-letter">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('visits.letter')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('number', t('visits.letterNo'))}
          <ThaiDateInput
            label={t('visits.letterDate')}
            value={letter.date ?? ''}
            onChange={(date) => set({ date: date || null })}
            testId="visits-letter-date"
          />
          {text('officeTh', t('visits.office'))}
        </SimpleGrid>
        {text('addressTh', t('visits.address'))}
        {text('subjectTh', t('visits.subject'))}
        <Group align="flex-end" wrap="nowrap" gap="xs">
          <TextInput
            flex={1}
            label={t('visits.to')}
            value={letter.toTh}
            onChange={(e) => set({ toTh: e.currentTarget.value })}
            data-testid="visits-letter-to"
          />
          {!readOnly && (
            <Button
              variant="default"
              onClick={() => set({ toTh: addresseeOf(districtNames) })}
              data-testid="visits-letter-to-rows"
            >
              {t('visits.toFromRows')}
            </Button>
          )}
        </Group>
        <Text size="sm" fw={500}>
          {t('visits.attachments')}
        </Text>
        {letter.attachments.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: attachments are edited in place and keep their order
          <Group key={`attachment-${i}`} gap="xs" align="flex-end" wrap="wrap">
            <Text w={20}>{i + 1}.</Text>
            <TextInput
              flex={2}
              miw={180}
              aria-label={t('visits.attachmentTitle')}
              value={a.titleTh}
              onChange={(e) =>
                set({
                  attachments: letter.attachments.map((x, j) =>
                    j === i ? { ...x, titleTh: e.currentTarget.value } : x,
                  ),
                })
              }
            />
            <TextInput
              flex={1}
              miw={120}
              aria-label={t('visits.attachmentQuantity')}
              value={a.quantityTh}
              onChange={(e) =>
                set({
                  attachments: letter.attachments.map((x, j) =>
                    j === i ? { ...x, quantityTh: e.currentTarget.value } : x,
                  ),
                })
              }
            />
            {!readOnly && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => set({ attachments: letter.attachments.filter((_, j) => j !== i) })}
              >
                {t('visits.remove')}
              </Button>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => set({ attachments: [...letter.attachments, { titleTh: '', quantityTh: '' }] })}
            >
              {t('visits.addAttachment')}
            </Button>
          </Group>
        )}
        {letter.paragraphs.map((p, i) => (
          <Textarea
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are edited in place and keep their order
            key={`paragraph-${i}`}
            label={t('visits.paragraph', { no: i + 1 })}
            autosize
            minRows={2}
            value={p}
            onChange={(e) =>
              set({ paragraphs: letter.paragraphs.map((x, j) => (j === i ? e.currentTarget.value : x)) })
            }
          />
        ))}
        {!readOnly && (
          <Group>
            <Button size="xs" variant="light" onClick={() => set({ paragraphs: [...letter.paragraphs, ''] })}>
              {t('visits.addParagraph')}
            </Button>
          </Group>
        )}
        {text('closingTh', t('visits.closing'))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('visits.signerName')}
            value={letter.signerName}
            onChange={(e) => set({ signerName: e.currentTarget.value })}
            data-testid="visits-letter-signer"
          />
          <Textarea
            label={t('visits.signerPosition')}
            autosize
            minRows={1}
            value={letter.signerPosition}
            onChange={(e) => set({ signerPosition: e.currentTarget.value })}
            data-testid="visits-letter-signer-position"
          />
          <TextInput
            label={t('visits.contactUnit')}
            value={letter.contactUnitTh}
            onChange={(e) => set({ contactUnitTh: e.currentTarget.value })}
          />
          <TextInput
            label={t('visits.contactPhone')}
            value={letter.contactPhoneTh}
            onChange={(e) => set({ contactPhoneTh: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

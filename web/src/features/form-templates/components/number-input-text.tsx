import { TextInput } from '@mantine/core';

type Props = {
  label: string;
  /** The integer shown, or undefined for an empty box. */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled: boolean;
  testId: string;
  description?: string;
};

/** A whole number typed as text (Thai digits become Arabic), so a half-typed value is never forced. */
export function WholeNumberInput({ label, value, onChange, disabled, testId, description }: Props) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value === undefined ? '' : String(value)}
      inputMode="numeric"
      disabled={disabled}
      onChange={(e) => {
        const typed = e.currentTarget.value.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).trim();
        if (typed === '') onChange(undefined);
        else if (/^\d{1,6}$/.test(typed)) onChange(Number(typed));
      }}
      data-testid={testId}
    />
  );
}

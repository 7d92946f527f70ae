import { useState } from 'react';

type ChangeEvent = { currentTarget: { value: string } };

/** Form state for text-valued inputs: `bind(name)` gives an input its value and onChange. */
export function useTextFields<T extends Record<keyof T, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const bind = (field: keyof T) => ({
    value: values[field],
    onChange: (event: ChangeEvent) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [field]: value }) as T);
    },
  });
  return { values, setValues, bind };
}

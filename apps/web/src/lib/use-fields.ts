import { type ChangeEvent, useState } from 'react';

/** A form's text fields under one state, and the value and onChange that bind an input to one of them. */
export function useFields<Fields extends Record<string, string>>(initial: Fields) {
  const [values, setValues] = useState(initial);
  const set = (patch: Partial<Fields>) => setValues((current) => ({ ...current, ...patch }));
  const input = (name: keyof Fields) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set({ [name]: event.currentTarget.value } as Partial<Fields>),
  });
  return { values, set, input };
}

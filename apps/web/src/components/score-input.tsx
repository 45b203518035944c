import { TextInput, type TextInputProps } from '@mantine/core';

interface Props extends Omit<TextInputProps, 'inputMode' | 'size'> {
  /** A count (penalties), not points: the phone offers digits only. */
  whole?: boolean;
}

/** Points or a count typed the Vietnamese way (7,25), right-aligned in tabular digits. */
export function ScoreInput({ whole, ...props }: Props) {
  return <TextInput className="score-input" size="sm" inputMode={whole ? 'numeric' : 'decimal'} {...props} />;
}

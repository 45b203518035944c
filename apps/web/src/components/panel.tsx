import { Button, type ButtonProps, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

/** A bordered block of a screen under its own heading. */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="sm" component="h2" size="md">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

interface StepCardProps {
  title?: string;
  /** What the step asks: a lead text, the fields. */
  children?: ReactNode;
  submitLabel: string;
  /** The step's mutation: its pending state and its failure, shown above the button. */
  mutation: { isPending: boolean; error: unknown };
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  onSubmit: () => void;
}

/** One step of the year done from a card: what it asks, the failure if any, and the button that does it. */
export function StepCard({
  title,
  children,
  submitLabel,
  mutation,
  disabled,
  variant,
  onSubmit,
}: StepCardProps) {
  return (
    <Paper withBorder p="md">
      <Stack>
        {title && (
          <Text fw={600} component="h2" size="md">
            {title}
          </Text>
        )}
        {children}
        <ErrorAlert error={mutation.error} />
        <Button
          w="fit-content"
          variant={variant}
          loading={mutation.isPending}
          disabled={disabled}
          onClick={onSubmit}
        >
          {submitLabel}
        </Button>
      </Stack>
    </Paper>
  );
}

import { Button, type ButtonProps, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../api/errors';

export interface ExportButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  label: string;
  ariaLabel?: string;
  pendingLabel?: string;
}

/** A button that makes or fetches a file: busy while it runs, a failure in Vietnamese beside it. */
export function ExportButton({
  label,
  ariaLabel,
  pendingLabel,
  onExport,
  ...props
}: ExportButtonProps & { onExport: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <Button
        {...props}
        loading={pending}
        aria-label={ariaLabel ?? label}
        onClick={async () => {
          setError(null);
          setPending(true);
          try {
            await onExport();
          } catch (e) {
            setError(errorMessage(e));
          } finally {
            setPending(false);
          }
        }}
      >
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      {error && (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </span>
  );
}

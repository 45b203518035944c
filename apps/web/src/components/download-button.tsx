import { Button, type ButtonProps, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../api/errors';
import { downloadFile } from '../lib/download';

interface Props extends Omit<ButtonProps, 'onClick' | 'children'> {
  url: string;
  fileName: string;
  label: string;
  ariaLabel?: string;
  pendingLabel?: string;
}

/** Downloads through fetch so a refusal shows in Vietnamese next to the button, not as a raw page. */
export function DownloadButton({ url, fileName, label, ariaLabel, pendingLabel, ...props }: Props) {
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
            await downloadFile(url, fileName);
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

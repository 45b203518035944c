import { Button, type ButtonProps, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { Dialog } from './dialog';
import { ErrorAlert } from './error-alert';

interface Props extends Omit<ButtonProps, 'onClick' | 'children'> {
  label: string;
  title?: string;
  message: ReactNode;
  confirmLabel?: string;
  /** Resolves when done; the dialog closes on success and stays open, with the error, on failure. */
  onConfirm: () => Promise<unknown>;
  pending?: boolean;
  error?: unknown;
  /** Extra content in the dialog (e.g. a reason field). */
  children?: ReactNode;
  confirmDisabled?: boolean;
}

/** A step that cannot be undone asks first; the failure stays in the dialog where the user acted. */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  onConfirm,
  pending,
  error,
  children,
  confirmDisabled,
  ...buttonProps
}: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {label}
      </Button>
      <Dialog opened={opened} onClose={close} title={title ?? label} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          {children}
          {opened && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.common.cancel}
            </Button>
            <Button
              loading={pending}
              disabled={confirmDisabled}
              color={buttonProps.color}
              onClick={() => {
                onConfirm().then(close, () => {});
              }}
            >
              {confirmLabel ?? t.common.confirm}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}

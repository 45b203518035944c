import { Button, type ButtonProps, Group, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { t } from '../i18n';
import { Dialog } from './dialog';
import { ErrorAlert } from './error-alert';

interface Props extends Omit<ButtonProps, 'onClick' | 'children'> {
  label: string;
  title?: string;
  message: ReactNode;
  confirmLabel?: string;
  /** A step that must say why (a return, a cut): a required reason field, handed to `onConfirm`. */
  reason?: { label: string; minRows: number };
  /** Resolves when done; the dialog closes on success and stays open, with the error, on failure. */
  onConfirm: (reason: string) => Promise<unknown>;
  /** More to acknowledge in the dialog (a checkbox naming what the step leaves behind). */
  children?: ReactNode;
  /** The confirmation waits for what `children` asks. */
  confirmDisabled?: boolean;
}

/** A step that cannot be undone asks first; the failure stays in the dialog where the user acted. */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  reason,
  onConfirm,
  children,
  confirmDisabled = false,
  ...buttonProps
}: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [why, setWhy] = useState('');
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm(why);
      close();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {label}
      </Button>
      <Dialog opened={opened} onClose={close} title={title ?? label} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          {reason && (
            <Textarea
              label={reason.label}
              required
              autosize
              minRows={reason.minRows}
              value={why}
              onChange={(e) => setWhy(e.currentTarget.value)}
            />
          )}
          {children}
          {opened && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.common.cancel}
            </Button>
            <Button
              loading={pending}
              disabled={confirmDisabled || (reason !== undefined && !why.trim())}
              color={buttonProps.color}
              onClick={() => void confirm()}
            >
              {confirmLabel ?? t.common.confirm}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}

interface ReturnProps {
  label: string;
  message: string;
  onReturn: (reason: string) => Promise<unknown>;
}

/** Gives a sheet or a proposal back for revision, always with the reason the other side will read. */
export function ReturnButton({ label, message, onReturn }: ReturnProps) {
  return (
    <ConfirmButton
      label={label}
      variant="light"
      color="orange"
      message={message}
      reason={{ label: t.common.returnReason, minRows: 3 }}
      onConfirm={onReturn}
    />
  );
}

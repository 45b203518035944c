import { Button, Modal, type ModalProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { t } from '../i18n';

/** Mantine's Modal with a named close button (an icon alone says nothing to a screen reader). */
export function Dialog(props: ModalProps) {
  return <Modal closeButtonProps={{ 'aria-label': t.common.close }} {...props} />;
}

interface DialogButtonProps {
  label: string;
  ariaLabel: string;
  title: string;
  size: ModalProps['size'];
  /** Built only while the dialog is open (a preview or a query loads when asked for, not before). */
  children: () => ReactNode;
}

/** A small button in a row of actions that opens a dialog about that row. */
export function DialogButton({ label, ariaLabel, title, size, children }: DialogButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="compact-sm" variant="subtle" onClick={open} aria-label={ariaLabel}>
        {label}
      </Button>
      <Dialog opened={opened} onClose={close} title={title} size={size}>
        {opened && children()}
      </Dialog>
    </>
  );
}

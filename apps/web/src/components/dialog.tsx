import { Button, type ModalProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, type ReactNode, Suspense, useState } from 'react';

// The modal (its scroll area and focus trap) loads when a dialog first opens, not with every screen
// that offers one.
const DialogModal = lazy(() => import('./dialog-modal'));

/** A modal dialog; nothing of it is loaded or rendered until it first opens. */
export function Dialog(props: ModalProps) {
  const [everOpened, setEverOpened] = useState(props.opened);
  if (props.opened && !everOpened) setEverOpened(true);
  if (!everOpened) return null;
  return (
    <Suspense fallback={null}>
      <DialogModal {...props} />
    </Suspense>
  );
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

import { Modal, type ModalProps } from '@mantine/core';
import { t } from '../i18n';

/** Mantine's Modal with a named close button (an icon alone says nothing to a screen reader). */
export default function DialogModal(props: ModalProps) {
  return <Modal closeButtonProps={{ 'aria-label': t.common.close }} {...props} />;
}

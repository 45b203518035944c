import { Center, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { t } from '../../i18n';
import { fetchBytes } from '../../lib/download';

/** Renders a .docx in the page (docx-preview, loaded only when a preview is opened). */
export default function DocxPreview({ url }: { url: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | string>('loading');

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [{ renderAsync }, bytes] = await Promise.all([import('docx-preview'), fetchBytes(url)]);
      if (cancelled || !container.current) return;
      container.current.innerHTML = '';
      await renderAsync(bytes, container.current, undefined, {
        inWrapper: true,
        ignoreLastRenderedPageBreak: true,
      });
      if (!cancelled) setState('ready');
    })().catch((error: unknown) => {
      if (!cancelled) setState(`${t.dossier.previewFailed} ${errorMessage(error)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [url]);

  return (
    <>
      {state === 'loading' && (
        <Center py="xl">
          <Loader aria-label={t.common.loading} />
        </Center>
      )}
      {state !== 'loading' && state !== 'ready' && (
        <Text c="red.9" role="alert">
          {state}
        </Text>
      )}
      <div ref={container} data-testid="docx-preview" style={{ overflow: 'auto', maxHeight: '75vh' }} />
    </>
  );
}

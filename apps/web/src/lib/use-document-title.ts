import { useEffect } from 'react';
import { t } from '../i18n';

/** The browser tab's title: the screen, what it is about, then the app ("Tự chấm điểm – Sở Tư pháp – Thi đua"). */
export function useDocumentTitle(...parts: (string | undefined)[]): void {
  const title = [...parts.filter((p): p is string => Boolean(p)), t.common.appName].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

import { downloadFile } from '../lib/download';
import { ExportButton, type ExportButtonProps } from './export-button';

interface Props extends ExportButtonProps {
  url: string;
  fileName: string;
}

/** Downloads through fetch so a refusal shows in Vietnamese next to the button, not as a raw page. */
export function DownloadButton({ url, fileName, ...props }: Props) {
  return <ExportButton {...props} onExport={() => downloadFile(url, fileName)} />;
}

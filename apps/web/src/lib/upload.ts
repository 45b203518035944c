import { type ErrorCode, errorMessages } from '@thidua/domain';
import { HttpError } from '../api/errors';
import { CSRF_HEADER } from '../api/trpc';
import { t } from '../i18n';

/** What the file routes answer on failure (same code catalogue as tRPC). */
export async function httpErrorFrom(status: number, body: string): Promise<HttpError> {
  try {
    const json = JSON.parse(body) as {
      code?: ErrorCode;
      message?: string;
      error?: { code?: ErrorCode; message?: string };
    };
    const err = json.error ?? json;
    return new HttpError(status, err.code, err.message ?? t.errors.uploadFailed);
  } catch {
    return new HttpError(
      status,
      undefined,
      status === 413 ? errorMessages.FILE_TOO_LARGE : t.errors.uploadFailed,
    );
  }
}

/**
 * POSTs a multipart form with upload progress (fetch cannot report it), resolving with the JSON answer.
 * `onProgress` gets 0..1.
 */
export function uploadForm<T>(url: string, form: FormData, onProgress: (ratio: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(CSRF_HEADER)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = async () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : {}) as T);
      } else {
        reject(await httpErrorFrom(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new HttpError(0, undefined, t.errors.network));
    xhr.send(form);
  });
}

import { nfc as domainNfc, upperVi } from '@thidua/domain';

/** Every string that reaches a document goes through here, so the XML is always NFC. */
export const nfc = (text: string): string => domainNfc(text);

/** Vietnamese upper case for ND 30 headings ("Khối thi đua" → "KHỐI THI ĐUA"). */
export const upper = (text: string): string => upperVi(nfc(text));

/** Zero-pad to two digits, as ND 30/2020 wants for numbers and days below 10. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

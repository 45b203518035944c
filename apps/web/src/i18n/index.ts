import { vi } from './vi';

/**
 * The one source of UI text. Components read `t.area.key`; another language is a second object of
 * type `Messages` selected here.
 */
export type Messages = typeof vi;
export const locale = 'vi-VN';
/** Deadlines are Vietnamese calendar days: shown in Vietnam time wherever the browser is. */
export const timeZone = 'Asia/Ho_Chi_Minh';
export const t: Messages = vi;

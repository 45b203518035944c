import { vi } from './vi';

/**
 * The one source of UI text. Components read `t.area.key`; another language is a second object of
 * type `Messages` selected here.
 */
export type Messages = typeof vi;
export const locale = 'vi-VN';
export const t: Messages = vi;

/**
 * The one source of UI text. Components read `t.area.key`; another language is a second module with
 * the same exports as `./vi/index`, re-exported here. `t` is a module namespace, so the bundler puts
 * each area's messages in the chunks of the screens that read them (the first load carries the
 * shell's only).
 */
export const locale = 'vi-VN';
/** Deadlines are Vietnamese calendar days: shown in Vietnam time wherever the browser is. */
export const timeZone = 'Asia/Ho_Chi_Minh';
export * as t from './vi/index';

/**
 * Where the people are entered in the web app; error messages send the user there. A module of its
 * own, without schemas: the web app's messages read it without loading zod.
 */
export const officialsScreen = { area: 'Quản trị', tab: 'Lãnh đạo, thư ký' } as const;

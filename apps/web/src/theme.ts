import { createTheme } from '@mantine/core';

/**
 * Mantine's default shade 6 puts white text on a blue of about 3.5:1; shade 8 passes WCAG AA (4.5:1)
 * for button labels. Dimmed text is darkened in styles.css for the same reason.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
  focusRing: 'always',
});

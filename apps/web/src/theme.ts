import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Light variants (badges, alerts, light buttons) write in shade 6 of their colour on a pale tint: for
 * orange, teal or yellow that is below 4.5:1. Their text is darkened to a shade that reads (WCAG AA).
 */
const brightHues = new Set(['teal', 'green', 'cyan', 'lime', 'yellow', 'orange']);

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  if (input.variant === 'light')
    return { ...colors, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 75%, black)` };
  // White on shade 8 of the bright hues (teal, green, orange…) is under 4.5:1: they fill with shade 9.
  if (input.variant === 'filled' && brightHues.has(parsed.color) && parsed.shade === undefined)
    return {
      ...colors,
      background: `var(--mantine-color-${parsed.color}-9)`,
      hover: `var(--mantine-color-${parsed.color}-9)`,
    };
  return colors;
};

/**
 * Mantine's default shade 6 puts white text on a blue of about 3.5:1; shade 8 passes WCAG AA (4.5:1)
 * for button labels; dimmed text is darkened below for the same reason.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif' },
  focusRing: 'always',
  variantColorResolver,
  components: {
    // Figures are typed and shown the Vietnamese way: 0,5 and 1.000.
    // Plain objects, not `NumberInput.extend(…)`: the theme is on the first load, the inputs are not.
    NumberInput: { defaultProps: { decimalSeparator: ',', thousandSeparator: '.' } },
    // Status badges carry whole Vietnamese phrases ("Chưa thực hiện · Quá hạn"): sentence case, wrapped,
    // never cut off with an ellipsis.
    Badge: {
      defaultProps: { tt: 'none' },
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)' },
        label: { whiteSpace: 'normal', overflow: 'visible' },
      },
    },
  },
});

/** Mantine's dimmed grey (gray.6) reads at 3.3:1 on white; gray.7 at 7:1 (WCAG AA needs 4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The widths the app must hold at: a phone, a tablet upright and lying, a desktop. */
export const widths = [390, 768, 1024, 1440] as const;

/**
 * What sticks out of the viewport sideways: the page itself, or an element that is not inside a
 * container scrolling (or clipping) on its own, as a wide table's card does.
 */
function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`page ${document.documentElement.scrollWidth}px > ${width}px`);
    const clipped = (el: Element | null): boolean => {
      for (let p = el?.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (box.right > width + 1 && !clipped(el) && !el.closest("[aria-hidden='true']"))
        found.push(
          `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} [${Math.round(box.left)}, ${Math.round(box.right)}]`,
        );
      if (found.length > 5) break;
    }
    return found;
  });
}

/** Texts of the header cut off: wider than their box, or outside the viewport. */
function clippedHeaderTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const header = document.querySelector('header');
    if (!header) return [];
    const out: string[] = [];
    for (const el of header.querySelectorAll<HTMLElement>('a, button, p, span, div')) {
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const box = el.getBoundingClientRect();
      if (!text || box.width === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 || box.right > width + 1 || box.left < -1)
        out.push(`"${el.textContent?.trim()}" ${el.scrollWidth}/${el.clientWidth}px`);
    }
    return out;
  });
}

/** Serious and critical accessibility violations (WCAG 2.1 A and AA) found by axe-core. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** What sticks out or is clipped at the page's present width, each problem prefixed with where. */
async function layoutProblems(page: Page, label: string): Promise<string[]> {
  return [
    ...(await horizontalOverflow(page)).map((p) => `${label}: overflows: ${p}`),
    ...(await clippedHeaderTexts(page)).map((p) => `${label}: header text clipped: ${p}`),
  ];
}

/**
 * The page at every width in turn (overflow, clipped header), then back at the width it had; axe-core
 * once, at the phone's width: a screen's accessibility is judged once, its fit at every width.
 */
export async function problemsAtEveryWidth(page: Page, label: string): Promise<string[]> {
  const before = page.viewportSize();
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    // Two frames: the layout (and Mantine's media-query hooks) has followed the new width.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    problems.push(...(await layoutProblems(page, `${label} @${width}`)));
    if (width === widths[0])
      problems.push(...(await seriousViolations(page)).map((v) => `${label} @${width}: ${v}`));
  }
  if (before) await page.setViewportSize(before);
  return problems;
}

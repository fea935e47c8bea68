import { seriousAccessibilityViolations } from './support/axe';
import { newSchoolContext } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, SENCO } from './support/demo';
import { E2E_NOW } from './support/product';

const e2e = productAndBrowserForThisFile();

/** Outside Teams the tab follows the system's dark mode and high-contrast (forced colours) setting. */
describe.each([
  ['dark mode', { colorScheme: 'dark' as const }, '#292929'],
  ['dark high contrast', { colorScheme: 'dark' as const, forcedColors: 'active' as const }, '#000000'],
  ['light high contrast', { colorScheme: 'light' as const, forcedColors: 'active' as const }, '#ffffff'],
])('the class dashboard under %s', (_name, media, themeBackground) => {
  it('follows the setting and has no serious or critical accessibility violations', async () => {
    const context = await newSchoolContext(e2e.browser);
    const page = await context.newPage();
    await page.emulateMedia(media);
    await page.goto(
      `${e2e.product.url}/tab.html?now=${encodeURIComponent(E2E_NOW)}&persona=${encodeURIComponent(SENCO.email)}#/class/${OTTERS.teamId}`,
    );
    await page.getByRole('table', { name: /Year 4 Otters/ }).waitFor();
    const background = await page.evaluate(() =>
      getComputedStyle(document.querySelector('.fui-FluentProvider') as Element)
        .getPropertyValue('--colorNeutralBackground1')
        .trim()
        .toLowerCase(),
    );
    // The Fluent theme chosen: Teams dark, Teams high contrast, or light beneath a light forced palette.
    expect(background).toBe(themeBackground);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

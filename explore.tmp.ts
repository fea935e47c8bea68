import { startProduct, demoTabUrl } from './test/e2e/support/product';
import { launchChromium, newSchoolContext } from './test/e2e/support/browser';
import { SENCO } from './test/e2e/support/demo';

const main = async () => {
  const product = await startProduct();
  const browser = await launchChromium();
  const ctx = await newSchoolContext(browser);
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1024, height: 700 });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  const shots: [string, string][] = [
    ['register', '/register'],
    ['add', '/register/add'],
    ['import', '/register/import'],
    ['rollover', '/register/rollover'],
    ['class', '/class/0e3b7a15-6c2d-4f98-a1e4-5b9c8d2f7a60'],
  ];
  for (const [name, hash] of shots) {
    await page.goto(demoTabUrl(product.url, SENCO.email, hash));
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
    console.log(name, (await page.locator('body').innerText()).slice(0, 600).replace(/\n+/g, ' | '));
  }
  await browser.close();
  await product.stop();
};
main().catch((e) => { console.error(e); process.exit(1); });

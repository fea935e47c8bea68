import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startProduct, type RunningProduct } from './product';

export interface ProductAndBrowser {
  readonly product: RunningProduct;
  readonly browser: Browser;
}

/**
 * The built product on its own stand-in and one Chromium, started before a file's browser tests and
 * stopped after them: every e2e file's set-up, written once. Read the fields inside tests or hooks.
 */
export const productAndBrowserForThisFile = (): ProductAndBrowser => {
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not started: read it inside a test or hook.`);
    return value;
  };
  return {
    get product() {
      return started(product, 'product');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
};

/**
 * The built pages keep the Content-Security-Policy workable: no inline script, no inline event
 * handlers, no javascript: URLs, and every external script from a host the policy allows. Runs in
 * the e2e stage of `npm test`, after `npm run build`; no browser is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { CONTENT_SECURITY_POLICY } from '../../dev/standin/static';
import { startTestStandIn } from '../../dev/standin/testSupport';
import type { StandIn } from '../../dev/standin/server';

const dist = path.resolve(__dirname, '../../dist');

const builtPages = (): string[] => {
  const pages = fs.existsSync(dist) ? fs.readdirSync(dist).filter((name) => name.endsWith('.html')) : [];
  if (pages.length === 0) throw new Error(`No built pages in ${dist}: run npm run build first.`);
  return pages.sort();
};

const scriptSources = (policy: string): string[] => {
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return directive ? directive.slice(1) : [];
};

/** What in one HTML page would need 'unsafe-inline' (or break under the policy). */
const inlineScriptProblems = (html: string, allowedHosts: readonly string[]): string[] => {
  const { document } = new JSDOM(html).window;
  const problems: string[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const src = script.getAttribute('src');
    if (!src) problems.push(`inline <script>: ${script.textContent?.slice(0, 60) ?? ''}`);
    else if ((script.textContent ?? '').trim() !== '') problems.push(`<script src="${src}"> with a body`);
    else if (/^https?:/i.test(src) && !allowedHosts.some((host) => src.startsWith(`${host}/`)))
      problems.push(`<script src="${src}"> from a host script-src does not allow`);
    else if (!/^(https:|\/)/i.test(src))
      problems.push(`<script src="${src}"> is neither same-origin nor https`);
  }
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name))
        problems.push(`inline handler ${attribute.name} on <${element.localName}>`);
      if (/^\s*javascript:/i.test(attribute.value)) problems.push(`javascript: URL in ${attribute.name}`);
    }
  }
  return problems;
};

const allowedHosts = scriptSources(CONTENT_SECURITY_POLICY).filter((source) => source.startsWith('https://'));

describe('built pages (dist/*.html) work under the Content-Security-Policy', () => {
  test('the build produced pages (run npm run build first)', () => {
    expect(builtPages()).toEqual(expect.arrayContaining(['tab.html', 'taskpane.html']));
  });

  test.each(
    fs.existsSync(dist)
      ? fs.readdirSync(dist).filter((n) => n.endsWith('.html'))
      : ['(none: run npm run build first)'],
  )('%s has no inline script, handler or javascript: URL', (page) => {
    const file = path.join(dist, page);
    if (!fs.existsSync(file)) throw new Error('run npm run build first');
    const html = fs.readFileSync(file, 'utf8');
    expect(inlineScriptProblems(html, allowedHosts)).toEqual([]);
    expect(new JSDOM(html).window.document.querySelectorAll('script[src]').length).toBeGreaterThan(0);
  });

  test('the check itself finds inline script, handlers and scripts from other hosts', () => {
    expect(
      inlineScriptProblems(
        '<script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>' +
          '<script src="https://evil.example/x.js"></script><script src="/ok.js"></script>',
        allowedHosts,
      ),
    ).toHaveLength(4);
  });

  describe('as the stand-in serves them', () => {
    let standIn: StandIn;
    beforeAll(async () => {
      standIn = await startTestStandIn({ staticDir: dist });
    });
    afterAll(() => standIn.close());

    test('each page comes with a policy whose script-src forbids inline and eval', async () => {
      for (const page of builtPages()) {
        const response = await fetch(`${standIn.url}/${page}`);
        expect([page, response.status]).toEqual([page, 200]);
        const scripts = scriptSources(response.headers.get('content-security-policy') ?? '');
        expect(scripts).toContain("'self'");
        expect(scripts.filter((s) => /unsafe|^\*$|^data:|^blob:/.test(s))).toEqual([]);
        expect(inlineScriptProblems(await response.text(), allowedHosts)).toEqual([]);
      }
    });
  });
});

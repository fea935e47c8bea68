#!/usr/bin/env node
// After `webpack --mode production`: the gzipped size of the JavaScript each page loads before it can
// show anything (the <script> tags of tab.html and taskpane.html), and of all JavaScript in dist/.
// Prints a table, writes dist/bundle-size.json, and fails when a page is over its budget.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
/** Initial JavaScript budgets in bytes, gzipped (issue 4: the tab's first load within 250 KB). */
const BUDGETS = { 'tab.html': 250_000 };
const PAGES = ['tab.html', 'taskpane.html'];

if (!existsSync(dist)) {
  console.error(`report-bundle-size: ${dist} does not exist; run webpack --mode production first.`);
  process.exit(1);
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/**
 * The src of every <script> tag. html-webpack-plugin minifies production HTML, so attribute values may
 * be unquoted (`<script defer src=/tab.1234abcd.js>`); publicPath is "/".
 */
const scriptSources = (html) =>
  [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));

const describe = (files) => {
  const entries = files.map((file) => ({
    file: relative(dist, file),
    bytes: statSync(file).size,
    gzip: gzipSize(file),
  }));
  return {
    files: entries,
    bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
    gzip: entries.reduce((sum, e) => sum + e.gzip, 0),
  };
};

const pages = {};
let overBudget = false;
for (const page of PAGES) {
  const htmlPath = join(dist, page);
  if (!existsSync(htmlPath)) {
    console.error(`report-bundle-size: ${page} is missing from ${dist}.`);
    process.exit(1);
  }
  const sources = scriptSources(readFileSync(htmlPath, 'utf8'));
  if (sources.length === 0) {
    console.error(
      `report-bundle-size: found no <script src> in ${page}; cannot measure its initial JavaScript.`,
    );
    process.exit(1);
  }
  const files = sources.map((src) => join(dist, src.replace(/^\//, '').split(/[?#]/)[0]));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(
      `report-bundle-size: ${page} loads scripts that are not in dist/: ${missing.map((f) => relative(dist, f)).join(', ')}`,
    );
    process.exit(1);
  }
  const budget = BUDGETS[page] ?? null;
  const summary = describe(files);
  const within = budget === null || summary.gzip <= budget;
  overBudget ||= !within;
  pages[page] = { initial: summary, budgetGzip: budget, withinBudget: within };
}

const allJs = describe(walk(dist).filter((f) => f.endsWith('.js')));
// The spreadsheet library is loaded only when the SENCO exports the register: counted on its own, so
// the product's everyday JavaScript keeps its budget and the export's cost stays visible.
const isOnDemandExport = (file) => /(^|[\\/])exceljs\.[^\\/]*\.js$/.test(file);
const everyday = describe(walk(dist).filter((f) => f.endsWith('.js') && !isOnDemandExport(f)));
const onDemandExport = describe(walk(dist).filter((f) => f.endsWith('.js') && isOnDemandExport(f)));

const rows = [
  ...PAGES.map((page) => [
    `${page} initial JS`,
    kb(pages[page].initial.bytes),
    kb(pages[page].initial.gzip),
    pages[page].budgetGzip === null
      ? '-'
      : `${kb(pages[page].budgetGzip)} ${pages[page].withinBudget ? 'ok' : 'OVER'}`,
  ]),
  [`all JS (${allJs.files.length} files)`, kb(allJs.bytes), kb(allJs.gzip), '-'],
  [`  of which the Excel export`, kb(onDemandExport.bytes), kb(onDemandExport.gzip), '-'],
];
const header = ['What', 'Minified', 'Gzipped', 'Budget (gzipped)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));

writeFileSync(
  join(dist, 'bundle-size.json'),
  `${JSON.stringify({ pages, allJs, everyday, onDemandExport }, null, 2)}\n`,
);

if (overBudget) {
  for (const [page, info] of Object.entries(pages)) {
    if (!info.withinBudget)
      console.error(
        `✖ ${page} loads ${kb(info.initial.gzip)} of JavaScript gzipped; the budget is ${kb(info.budgetGzip)}. Lazy-load more of it.`,
      );
  }
  process.exit(1);
}

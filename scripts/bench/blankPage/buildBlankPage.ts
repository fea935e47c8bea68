/**
 * Builds the blank Fluent page with webpack's Node API, into a temporary folder, the way the product
 * is built (production mode, swc-loader, one deferred script in <head>, no inline script), so the only
 * difference the browser bench sees is what the pages do.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const HTML = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Blank Fluent page</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

export const BLANK_PAGE = 'blank.html';

/** Returns the folder holding `blank.html` and its script. */
export const buildBlankPage = async (): Promise<string> => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'iep-bench-blank-'));
  const compiler = webpack({
    mode: 'production',
    context: path.resolve(__dirname, '../../..'),
    entry: { blank: path.join(__dirname, 'blankPage.tsx') },
    output: { path: outDir, filename: '[name].[contenthash:8].js', publicPath: '/' },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    devtool: false,
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: BLANK_PAGE,
        templateContent: HTML,
        scriptLoading: 'defer',
        inject: 'head',
      }),
    ],
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) {
        return reject(new Error(`Building the blank Fluent page failed:\n${stats.toString('errors-only')}`));
      }
      resolve();
    });
  });
  return outDir;
};

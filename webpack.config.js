// Plain JS on purpose (docs/TOOLING.md): webpack-cli would otherwise need a TS loader for its own config.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2020',
  },
};

/** One HTML page per entry; no inline script so the content security policy can forbid it. */
const page = (name, title, template = `src/${name}/${name}.html`) =>
  new HtmlWebpackPlugin({
    filename: `${name}.html`,
    chunks: [name],
    title,
    template: path.resolve(__dirname, template),
    scriptLoading: 'defer',
    inject: 'head',
  });

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: {
      tab: './src/tab/index.tsx',
      taskpane: './src/taskpane/index.tsx',
      // MSAL's popup returns here; a page of its own keeps the app's bundles out of the popup.
      'auth-redirect': './src/auth/authRedirectEntry.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? 'chunks/[name].[contenthash:8].js' : 'chunks/[name].js',
      clean: true,
      publicPath: '/',
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: swcOptions } },
      ],
    },
    // Source maps would ship pupil-free but large files; keep them for development only.
    devtool: production ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    plugins: [
      page('tab', 'IEP Planner'),
      page('taskpane', 'IEP Planner for Word'),
      page('auth-redirect', 'Signing in to IEP Planner', 'src/auth/auth-redirect.html'),
    ],
  };
};

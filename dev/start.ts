/**
 * `npm start`: the whole product on this machine, with no tenant and no internet.
 * Builds the tab and task pane, starts the local Microsoft 365 stand-in (which serves them), and on
 * the first run provisions the IEP lists and seeds the demo school through the product's own Graph code.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { seedDemoPlans } from './seed/seedDemoPlans';
import { IEP_TEAMS_APP } from './seed/iepTeamsApp';
import { startStandIn } from './standin/server';

const root = path.resolve(__dirname, '..');

function build(): void {
  if (process.argv.includes('--no-build')) return;
  console.log('Building the tab and the Word task pane (production)…');
  const result = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}

async function main(): Promise<void> {
  build();
  const port = process.env['PORT'] ? Number(process.env['PORT']) : 3978;
  const standIn = await startStandIn({
    port,
    dataDir: path.resolve(root, process.env['STANDIN_DATA'] ?? '.data/standin'),
    staticDir: path.resolve(root, 'dist'),
    seedDemoSchool: true,
    teamsApp: IEP_TEAMS_APP,
  });
  const seeded = await seedDemoPlans(`${standIn.url}/`);
  console.log(
    seeded.created
      ? `Seeded the demo school: ${seeded.summary}`
      : 'Demo school already seeded (delete .data/ to start again).',
  );
  console.log(`
IEP Planner is running on the local Microsoft 365 stand-in (Oakfield Primary School, invented data).
  Teams tab (class dashboard):  ${standIn.url}/tab.html
  Word task pane (outside Word): ${standIn.url}/taskpane.html
  Graph stand-in:               ${standIn.url}/v1.0/
Press Ctrl+C to stop.`);
  const stop = (): void => {
    standIn.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('IEP Planner could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * Seeds the demo IEPs into a running stand-in:
 *   npx tsx dev/seed/cli.ts [graphBaseUrl]     (default http://127.0.0.1:3978/)
 */
import { seedDemoPlans } from './seedDemoPlans';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3978/';
seedDemoPlans(baseUrl).then(
  (summary) => {
    for (const c of summary.classes)
      console.log(
        `${c.displayName}: ${c.pupils} pupils, ${c.plans} current plans${c.seeded ? '' : ' (already there)'}`,
      );
  },
  (error: unknown) => {
    console.error('Seeding the demo IEPs failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

import { createDb } from './client';
import { isMigrated, migrateDatabase } from './migrate';
import { seedDemoData } from './seed/demo';
import { seedSyntheticData } from './seed/synthetic';

/**
 * Operator commands, run with DATABASE_URL set:
 *   tsx src/cli.ts migrate | status | seed-demo | seed-synthetic [provinces blocs units years]
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set.');
    return 2;
  }
  const [command, ...args] = process.argv.slice(2);
  if (command === 'migrate') {
    console.log(JSON.stringify(await migrateDatabase(url)));
    return 0;
  }
  const { db, close } = createDb(url, { max: 2, applicationName: 'thidua-cli' });
  try {
    switch (command) {
      case 'status':
        console.log(JSON.stringify({ migrated: await isMigrated(db) }));
        return 0;
      case 'seed-demo':
        await migrateDatabase(url);
        console.log(JSON.stringify(await seedDemoData(db)));
        return 0;
      case 'seed-synthetic': {
        const [provinces = 34, blocsPerProvince = 20, unitsPerBloc = 10, years = 3] = args.map(Number);
        await migrateDatabase(url);
        const result = await seedSyntheticData(db, {
          provinces,
          blocsPerProvince,
          unitsPerBloc,
          years,
          seed: 2023,
        });
        console.log(JSON.stringify(result));
        return 0;
      }
      default:
        console.error(
          'usage: cli.ts migrate | status | seed-demo | seed-synthetic [provinces blocs units years]',
        );
        return 2;
    }
  } finally {
    await close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

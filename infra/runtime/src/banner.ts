import { demoDataset } from '@thidua/domain';

export interface BannerInfo {
  appUrl: string;
  temporalUiUrl?: string;
  namespace: string;
  databaseUrl?: string;
  startedInMs: number;
  showDemoSignIns: boolean;
  demoPasswordsMustChange: boolean;
}

/** Plain lines on stdout (not the log): what a person needs to start using the platform. */
export function printBanner(info: BannerInfo): void {
  const lines = [
    '',
    `  Thi đua is running (ready in ${(info.startedInMs / 1000).toFixed(1)} s)`,
    '',
    `  App:          ${info.appUrl}`,
  ];
  if (info.temporalUiUrl) {
    lines.push(`  Temporal UI:  ${info.temporalUiUrl}/namespaces/${info.namespace}/workflows`);
  }
  if (info.databaseUrl) lines.push(`  PostgreSQL:   ${info.databaseUrl}`);
  if (info.showDemoSignIns) lines.push('', ...demoSignIns(info.demoPasswordsMustChange));
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The account `--create-admin` made: its one-time password, printed this once and nowhere else. */
export function printCreatedAdmin(created: { username: string; temporaryPassword: string }): void {
  const lines = [
    '',
    `  Admin account created: ${created.username}`,
    `  One-time password:     ${created.temporaryPassword}`,
    '',
    '  It is shown only now; it must be changed at the first sign-in.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function demoSignIns(mustChange: boolean): string[] {
  const users = demoDataset.users;
  // Unit accounts come in pairs per unit (<unit>.canbo, <unit>.thutruong): show the pattern, not all of them.
  const perUnit = users.filter((user) => /\.(canbo|thutruong)$/.test(user.username));
  const named = users.filter((user) => !perUnit.includes(user));
  const width = Math.max(...named.map((user) => user.username.length));
  return [
    `  Demo sign-ins (password for all: ${demoDataset.demoPassword}${mustChange ? ', to be changed at the first sign-in' : ''}):`,
    ...named.map((user) => `    ${user.username.padEnd(width)}  ${user.displayName}`),
    ...(perUnit.length
      ? [
          `    <unit>.canbo / <unit>.thutruong  officer and head of each member unit, e.g. ${perUnit[0]?.username}`,
        ]
      : []),
  ];
}

import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Typed search attributes so cycles can be listed by state in Temporal too. */
export const blocKey = defineSearchAttributeKey('ThiDuaBloc', SearchAttributeType.KEYWORD);
export const yearKey = defineSearchAttributeKey('ThiDuaYear', SearchAttributeType.INT);
export const phaseKey = defineSearchAttributeKey('ThiDuaPhase', SearchAttributeType.KEYWORD);
export const overdueKey = defineSearchAttributeKey('ThiDuaOverdue', SearchAttributeType.BOOL);

/** The same keys as the dev server's `--search-attribute NAME=Type` flags. */
export const searchAttributeDefinitions = [
  { name: 'ThiDuaBloc', type: 'Keyword' },
  { name: 'ThiDuaYear', type: 'Int' },
  { name: 'ThiDuaPhase', type: 'Keyword' },
  { name: 'ThiDuaOverdue', type: 'Bool' },
] as const;

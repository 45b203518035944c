import { Button, Group, Select } from '@mantine/core';
import { DateField } from '../../components/date-field';
import { t } from '../../i18n';
import type { AuditFacets, AuditFilters } from './contract';

interface Props {
  facets: AuditFacets;
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}

/** Who, what, when (from–to) and which unit: the server narrows the history by them. */
export function AuditFilterBar({ facets, value, onChange }: Props) {
  const set = (patch: Partial<AuditFilters>) => {
    const next: AuditFilters = { ...value, ...patch };
    for (const key of Object.keys(next) as (keyof AuditFilters)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  const active = Object.keys(value).length > 0;
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t.records.filters} className="no-print">
      <Select
        label={t.records.who}
        placeholder={t.records.everyone}
        data={facets.actors.map((a) => ({ value: a.id, label: a.name }))}
        value={value.actorUserId ?? null}
        onChange={(v) => set({ actorUserId: v ?? undefined })}
        searchable
        clearable
        w={240}
        maw="100%"
      />
      <Select
        label={t.records.what}
        placeholder={t.records.everything}
        data={facets.actions.map((a) => ({ value: a.action, label: a.label }))}
        value={value.action ?? null}
        onChange={(v) => set({ action: v ?? undefined })}
        searchable
        clearable
        w={260}
        maw="100%"
      />
      <Select
        label={t.records.unit}
        placeholder={t.records.allUnits}
        data={facets.units.map((u) => ({ value: u.id, label: u.name }))}
        value={value.unitId ?? null}
        onChange={(v) => set({ unitId: v ?? undefined })}
        searchable
        clearable
        w={260}
        maw="100%"
      />
      <DateField
        label={t.records.from}
        value={value.from ?? ''}
        maxDate={value.to}
        onChange={(from) => set({ from: from || undefined })}
        clearable
        w={150}
      />
      <DateField
        label={t.records.to}
        value={value.to ?? ''}
        minDate={value.from}
        onChange={(to) => set({ to: to || undefined })}
        clearable
        w={150}
      />
      {active && (
        <Button variant="subtle" onClick={() => onChange({})}>
          {t.records.clearFilters}
        </Button>
      )}
    </Group>
  );
}

import { Button, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { t } from '../../i18n';

/** The SHA-256 shortened for the table, copied in full for a comparison elsewhere. */
export function Checksum({ value }: { value: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={value}>
        <Text size="xs" ff="monospace">
          {value.slice(0, 12)}…
        </Text>
      </Tooltip>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={copy}
            aria-label={`${t.dossier.copy} ${t.dossier.checksum}`}
          >
            {copied ? t.dossier.copied : t.dossier.copy}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

import type { IsoDate } from '@thidua/domain';

/** A new dated name of a unit or a bloc, valid from `validFrom`. */
export interface NewName {
  name: string;
  shortName?: string | undefined;
  validFrom: IsoDate;
}

/** The columns of a dated name row, but its owner. */
export const nameColumns = (name: NewName) => ({
  name: name.name,
  shortName: name.shortName ?? null,
  validFrom: name.validFrom,
});

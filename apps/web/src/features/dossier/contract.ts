import type { Out } from '../../api/types';

export type DossierView = Out['dossier']['list'];
export type DossierDocument = DossierView['documents'][number];
export type Nomination = DossierView['nominations'][number];

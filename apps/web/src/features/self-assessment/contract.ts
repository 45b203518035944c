import type { In, Out } from '../../api/types';

export type SelfAssessmentView = Out['selfAssessment']['get'];
export type SelfAssessmentStatus = SelfAssessmentView['status'];
export type EvidenceFile = SelfAssessmentView['evidence'][number];
export type DraftInput = In['selfAssessment']['saveDraft'];

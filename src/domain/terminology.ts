import { z } from 'zod';

/** The school's nation decides the words the app uses (SEN / ALN / ASN) and the stages offered. */
export const NationSchema = z.enum(['england', 'wales', 'scotland']);
export type Nation = z.infer<typeof NationSchema>;

export const StageSchema = z.enum([
  // England (SEND Code of Practice), with the legacy stages older plans still carry.
  'sen-support',
  'ehc-plan',
  'school-action',
  'school-action-plus',
  'statement',
  // Wales (ALN Code): individual development plans maintained by the school or the local authority.
  'school-idp',
  'local-authority-idp',
  // Scotland (staged intervention; the IEP is section 4 of the Child's Plan).
  'level-1',
  'level-2',
  'level-3',
  'single-agency-childs-plan',
  'multi-agency-childs-plan',
  'coordinated-support-plan',
]);
export type Stage = z.infer<typeof StageSchema>;

export interface Terminology {
  readonly needsShort: string;
  readonly needsLong: string;
  readonly coordinatorTitle: string;
  /** Stages offered in this nation, in the order a school steps up through them. */
  readonly stages: readonly Stage[];
  /** Stages a plan may still carry but a new plan is not offered. */
  readonly legacyStages: readonly Stage[];
  readonly usesWellbeingIndicators: boolean;
}

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  'sen-support': 'SEN Support',
  'ehc-plan': 'EHC plan',
  'school-action': 'School Action (legacy)',
  'school-action-plus': 'School Action Plus (legacy)',
  statement: 'Statement (legacy)',
  'school-idp': 'Individual development plan (school)',
  'local-authority-idp': 'Individual development plan (local authority)',
  'level-1': 'Level 1: within the class',
  'level-2': 'Level 2: within the school',
  'level-3': 'Level 3: multi-agency',
  'single-agency-childs-plan': "Single-agency Child's Plan",
  'multi-agency-childs-plan': "Multi-agency Child's Plan",
  'coordinated-support-plan': 'Co-ordinated Support Plan',
};

export const TERMINOLOGY: Readonly<Record<Nation, Terminology>> = {
  england: {
    needsShort: 'SEND',
    needsLong: 'special educational needs and disabilities',
    coordinatorTitle: 'SENCO',
    stages: ['sen-support', 'ehc-plan'],
    legacyStages: ['school-action', 'school-action-plus', 'statement'],
    usesWellbeingIndicators: false,
  },
  wales: {
    needsShort: 'ALN',
    needsLong: 'additional learning needs',
    coordinatorTitle: 'ALNCo',
    stages: ['school-idp', 'local-authority-idp'],
    legacyStages: ['school-action', 'school-action-plus', 'statement'],
    usesWellbeingIndicators: false,
  },
  scotland: {
    needsShort: 'ASN',
    needsLong: 'additional support needs',
    coordinatorTitle: 'Support for Learning co-ordinator',
    stages: [
      'level-1',
      'level-2',
      'level-3',
      'single-agency-childs-plan',
      'multi-agency-childs-plan',
      'coordinated-support-plan',
    ],
    legacyStages: [],
    usesWellbeingIndicators: true,
  },
};

export const terminologyFor = (nation: Nation): Terminology => TERMINOLOGY[nation];

/** Whether a stage may be chosen for a new plan in this nation (legacy stages only stay on old plans). */
export const isStageOffered = (nation: Nation, stage: Stage): boolean =>
  TERMINOLOGY[nation].stages.includes(stage);

import { asClassTeamId } from './ids';
import {
  canAddEvidence,
  canDeleteDraft,
  canEditPlan,
  canExportSubjectAccess,
  canManageRegister,
  canReadPupil,
  canScheduleReview,
  FULL_ACCESS,
  NO_ACCESS,
  type StaffAccess,
} from './staffAccess';

const MINE = asClassTeamId('class-4b');
const OTHER = asClassTeamId('class-5a');

const access = (overrides: Partial<StaffAccess>): StaffAccess => ({ ...NO_ACCESS, ...overrides });

const teacher = access({ teacherOf: new Set([MINE]) });
const assistant = access({ assistantOf: new Set([MINE]) });
const editingAssistant = access({ assistantOf: new Set([MINE]), assistantsMayEdit: true });
const readOnly = access({ isReadOnly: true });

const everything = (who: StaffAccess, classTeamId = MINE) => ({
  read: canReadPupil(who, classTeamId),
  edit: canEditPlan(who, classTeamId),
  evidence: canAddEvidence(who, classTeamId),
  schedule: canScheduleReview(who, classTeamId),
  deleteDraft: canDeleteDraft(who),
  register: canManageRegister(who),
  subjectAccess: canExportSubjectAccess(who),
});

test('a SEN lead may do everything for every pupil', () => {
  const all = {
    read: true,
    edit: true,
    evidence: true,
    schedule: true,
    deleteDraft: true,
    register: true,
    subjectAccess: true,
  };
  expect(everything(FULL_ACCESS, MINE)).toEqual(all);
  expect(everything(FULL_ACCESS, OTHER)).toEqual(all);
});

test("a class teacher reads, edits, adds evidence and schedules reviews for their class's pupils, and never deletes", () => {
  expect(everything(teacher)).toEqual({
    read: true,
    edit: true,
    evidence: true,
    schedule: true,
    deleteDraft: false,
    register: false,
    subjectAccess: false,
  });
});

test("a class teacher has nothing for another class's pupils", () => {
  expect(everything(teacher, OTHER)).toEqual({
    read: false,
    edit: false,
    evidence: false,
    schedule: false,
    deleteDraft: false,
    register: false,
    subjectAccess: false,
  });
});

test('a teaching assistant reads and adds evidence but changes the plan only where the school allows it', () => {
  expect(everything(assistant)).toMatchObject({ read: true, edit: false, evidence: true, schedule: false });
  expect(everything(editingAssistant)).toMatchObject({
    read: true,
    edit: true,
    evidence: true,
    schedule: false,
  });
  expect(everything(editingAssistant, OTHER)).toMatchObject({ read: false, edit: false, evidence: false });
});

test('read-only staff read every pupil and change nothing', () => {
  for (const classTeamId of [MINE, OTHER]) {
    expect(everything(readOnly, classTeamId)).toEqual({
      read: true,
      edit: false,
      evidence: false,
      schedule: false,
      deleteDraft: false,
      register: false,
      subjectAccess: false,
    });
  }
});

test('someone outside every care team reads nothing', () => {
  expect(everything(NO_ACCESS).read).toBe(false);
});

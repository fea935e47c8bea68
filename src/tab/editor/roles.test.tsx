import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { asClassTeamId, NO_ACCESS, type StaffAccess } from '../../domain';
import { CLASS_4B } from '../../../test/support/fakeServices';
import { SEED_PLAN_ID, fakeEditorServices, seedPlan } from '../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../test/support/renderEditor';

const assistant: StaffAccess = { ...NO_ACCESS, assistantOf: new Set([CLASS_4B]) };
const teacher: StaffAccess = { ...NO_ACCESS, teacherOf: new Set([CLASS_4B]) };
const readOnlyStaff: StaffAccess = { ...NO_ACCESS, isReadOnly: true };

const toolbar = () => screen.getByRole('toolbar', { name: 'Plan actions' });
const likes = () => screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement;

beforeEach(() => sessionStorage.clear());

describe('the plan editor by role', () => {
  test('a teaching assistant reads the plan and adds evidence, with no controls to change the plan', async () => {
    const services = fakeEditorServices([seedPlan()], undefined, { access: assistant });
    const { user } = await renderEditor({ services });

    expect(
      screen.getByText(
        'You can read this plan and add evidence. Ask the class teacher or the SENCO to change it.',
      ),
    ).toBeTruthy();
    expect(likes().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Add short-term target' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove short-term target 1' })).toBeNull();
    expect(within(toolbar()).queryByRole('button', { name: 'Schedule a review' })).toBeNull();
    await screen.findByRole('heading', { name: 'Reviews' });
    expect(screen.queryByRole('button', { name: 'Schedule review' })).toBeNull();

    const target = screen.getByRole('region', { name: 'Short-term target 1' });
    const form = within(target).getByRole('group', { name: 'Add evidence for short-term target 1' });
    await user.click(within(form).getByRole('radio', { name: '3 – Developing' }));
    await user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    await user.click(within(toolbar()).getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.shortTermTargets[0]?.evidence.map((e) => e.rating)).toEqual([
      2, 3,
    ]);
  });

  test('an assistant may change the plan where the school allows it', async () => {
    const services = fakeEditorServices([seedPlan()], undefined, {
      access: { ...assistant, assistantsMayEdit: true },
    });
    await renderEditor({ services });
    expect(likes().readOnly).toBe(false);
    expect(screen.getByRole('button', { name: 'Add short-term target' })).toBeTruthy();
    expect(screen.queryByText(/Ask the class teacher or the SENCO/)).toBeNull();
  });

  test('read-only staff can neither change the plan nor add evidence, and are told so', async () => {
    const services = fakeEditorServices([seedPlan()], undefined, { access: readOnlyStaff });
    await renderEditor({ services });
    expect(
      screen.getByText('You can read this plan. Ask the class teacher or the SENCO to change it.'),
    ).toBeTruthy();
    expect(likes().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Add evidence' })).toBeNull();
    expect(within(toolbar()).queryByRole('button', { name: 'Save plan' })).toBeNull();
    expect(within(toolbar()).getByText('Read-only: you can read this plan.')).toBeTruthy();
  });

  test('a class teacher edits a draft and may make it active, but is offered no Delete draft', async () => {
    const services = fakeEditorServices([seedPlan({ status: 'draft' })], undefined, { access: teacher });
    await renderEditor({ services });
    expect(likes().readOnly).toBe(false);
    expect(within(toolbar()).getByRole('button', { name: 'Make this plan active' })).toBeTruthy();
    expect(within(toolbar()).getByRole('button', { name: 'Schedule a review' })).toBeTruthy();
    expect(within(toolbar()).queryByRole('button', { name: 'Delete draft' })).toBeNull();
  });

  test("a teacher of another class is offered nothing to change on this class's plan", async () => {
    const otherTeacher = { ...NO_ACCESS, teacherOf: new Set([asClassTeamId('class-5a')]) };
    const services = fakeEditorServices([seedPlan({ status: 'draft' })], undefined, {
      access: otherTeacher,
    });
    await renderEditor({ services });
    await waitFor(() => expect(likes().readOnly).toBe(true));
    expect(within(toolbar()).queryByRole('button', { name: 'Make this plan active' })).toBeNull();
    expect(within(toolbar()).queryByRole('button', { name: 'Save plan' })).toBeNull();
  });

  test('a TA from another class given this pupil in person adds evidence; a teacher given them changes it', async () => {
    const otherAssistant = { ...NO_ACCESS, assistantOf: new Set([asClassTeamId('class-5a')]) };
    const asked: string[] = [];
    const given = (role: 'teacher' | 'assistant') => ({
      myRoleOnPupil: (pupilId: string) => {
        asked.push(pupilId);
        return Promise.resolve(role);
      },
    });
    const services = fakeEditorServices([seedPlan()], undefined, { access: otherAssistant });
    await renderEditor({ services: Object.assign(services, given('assistant')) });
    expect(
      await screen.findByText(
        'You can read this plan and add evidence. Ask the class teacher or the SENCO to change it.',
      ),
    ).toBeTruthy();
    expect(likes().readOnly).toBe(true);
    expect(asked).toEqual([seedPlan().pupil.pupilId]);
    cleanup();

    const teacherServices = fakeEditorServices([seedPlan()], undefined, { access: otherAssistant });
    await renderEditor({ services: Object.assign(teacherServices, given('teacher')) });
    await waitFor(() => expect(likes().readOnly).toBe(false));
    expect(within(toolbar()).queryByRole('button', { name: 'Schedule a review' })).toBeNull();
  });
});

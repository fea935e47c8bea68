import { screen, waitFor, within } from '@testing-library/react';
import { asPupilId, type NewPlanRequest } from '../../domain';
import { CLASS_4B, pupil } from '../../../test/support/fakeServices';
import { fakeEditorServices, type FakeEditorOptions } from '../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../test/support/renderEditor';

const dan = pupil({ id: 'p4', givenName: 'Dan', familyName: 'Patel' });
const TEACHER = { name: 'Mr James Patel', email: 'james.patel@school.example' };
const SENCO = { name: 'Ms Priya Shah', email: 'priya.shah@school.example' };

const startFor = (user: { name: string; email: string }, classStaff: FakeEditorOptions['classStaff']) =>
  fakeEditorServices([], user, { pupils: [dan], classStaff });

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

beforeEach(() => sessionStorage.clear());

describe('starting a plan', () => {
  test('nothing is written until Save; the first save creates the plan and later saves update it', async () => {
    const services = startFor(SENCO, { owners: [TEACHER, SENCO], myJobTitle: 'SENCO', ownersKnown: true });
    const created: string[] = [];
    const { user } = await renderEditor({
      services,
      newFor: asPupilId('p4'),
      pupilName: 'Dan Patel',
      onCreated: (id) => created.push(id),
    });
    expect(screen.getByText('New plan: nothing is saved until you save it')).toBeTruthy();
    await user.type(textbox('Likes'), 'Trains');
    expect(services.calls.createPlan).toBeUndefined();
    expect(services.saves).toHaveLength(0);
    expect(services.server.size).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.calls.createPlan).toHaveLength(1);
    const [request] = services.calls.createPlan?.[0] as [NewPlanRequest];
    expect(request.pupil.id).toBe('p4');
    expect(request.plan.pupil).toMatchObject({ pupilId: 'p4', name: 'Dan Patel', classTeamId: CLASS_4B });
    expect(request.plan.profile.likes).toBe('Trains');
    expect(request.plan.startDate).toBe('2026-11-24');
    expect(request.plan).not.toHaveProperty('id');
    expect(created).toEqual(['new-plan-1']);

    await user.type(textbox('Likes'), ' and buses');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(services.saves).toHaveLength(1));
    expect(services.calls.createPlan).toHaveLength(1);
    await waitFor(() => expect(services.server.get('new-plan-1')?.profile.likes).toBe('Trains and buses'));
  });

  test('the SENCO starting a plan is named as SENCO, and the class teacher from the class team', async () => {
    const services = startFor(SENCO, { owners: [TEACHER, SENCO], myJobTitle: 'SENCO', ownersKnown: true });
    await renderEditor({ services, newFor: asPupilId('p4'), pupilName: 'Dan Patel' });
    expect(textbox('SENCO name').value).toBe('Ms Priya Shah');
    expect(textbox('SENCO email').value).toBe('priya.shah@school.example');
    expect(textbox('Class teacher name').value).toBe('Mr James Patel');
    expect(textbox('Class teacher email').value).toBe('james.patel@school.example');
  });

  test('a class teacher starting a plan is named as the class teacher', async () => {
    const services = startFor(TEACHER, {
      owners: [TEACHER, SENCO],
      myJobTitle: 'Class teacher',
      ownersKnown: true,
    });
    await renderEditor({ services, newFor: asPupilId('p4'), pupilName: 'Dan Patel' });
    expect(textbox('Class teacher name').value).toBe('Mr James Patel');
    expect(textbox('SENCO name').value).toBe('');
  });

  test('when the class team cannot be read, the plan still opens and says whom to add', async () => {
    const services = startFor(SENCO, new Error('403'));
    await renderEditor({ services, newFor: asPupilId('p4'), pupilName: 'Dan Patel' });
    expect(screen.getByText(/The class teacher could not be looked up in Teams/)).toBeTruthy();
    expect(textbox('Class teacher name').value).toBe('');
    // Without the job title the user is named as staff, so the plan is still in their "My pupils".
    const assistants = screen.getByRole('heading', { name: 'Teaching assistants' })
      .parentElement as HTMLElement;
    expect(within(assistants).getByDisplayValue('Ms Priya Shah')).toBeTruthy();
  });
});

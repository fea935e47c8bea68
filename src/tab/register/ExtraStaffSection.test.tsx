import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { asClassTeamId, NotFound, type Pupil } from '../../domain';
import type { CareTeamAdmin, ExtraStaffMember, StaffMember } from '../../domain/careTeamAdmin';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { planFor } from '../../../test/integration/support/pupils';
import { ExtraStaffSection } from './ExtraStaffSection';

const OTTERS = asClassTeamId('team-otters');
const TEACHER: StaffMember = { name: 'Priya Shah', email: 'priya.shah@school.example' };
const OWN_TA: StaffMember = { name: 'Tom Bennett', email: 'tom.bennett@school.example' };
const OTHER_TA: StaffMember = { name: 'Aisha Khan', email: 'aisha.khan@school.example' };
const TENANT = [TEACHER, OWN_TA, OTHER_TA, { name: 'James Patel', email: 'james.patel@school.example' }];

/** Care teams as SharePoint keeps them: Otters' groups, and each pupil's extra staff; unknown addresses 404. */
const fakeAdmin = () => {
  const extra = new Map<string, ExtraStaffMember[]>();
  const calls: string[] = [];
  const admin: CareTeamAdmin = {
    readClassStaff: () => Promise.resolve({ teachers: [TEACHER], assistants: [OWN_TA] }),
    addClassStaff: () => Promise.reject(new Error('not used')),
    removeClassStaff: () => Promise.reject(new Error('not used')),
    readSenLeads: () => Promise.resolve([]),
    addSenLead: () => Promise.reject(new Error('not used')),
    removeSenLead: () => Promise.reject(new Error('not used')),
    readExtraStaff: (pupilId) => Promise.resolve(extra.get(pupilId) ?? []),
    addExtraStaff: (pupilId, role, email) => {
      calls.push(`add ${role} ${email}`);
      const person = TENANT.find((p) => p.email === email.toLowerCase());
      if (!person) return Promise.reject(new NotFound({ kind: 'list', id: 'users' }));
      const member = { ...person, role };
      extra.set(pupilId, [...(extra.get(pupilId) ?? []), member]);
      return Promise.resolve(member);
    },
    removeExtraStaff: (pupilId, email) => {
      calls.push(`remove ${email}`);
      extra.set(
        pupilId,
        (extra.get(pupilId) ?? []).filter((m) => m.email !== email),
      );
      return Promise.resolve();
    },
  };
  return { admin, extra, calls };
};

const setUp = async () => {
  const store = createInMemoryIepStore();
  const [maja] = (await store.addPupils([
    { givenName: 'Maja', familyName: 'Kowalczyk', classTeamId: OTTERS, className: 'Year 4 Otters' },
  ])) as [Pupil];
  const plan = planFor(maja, 1);
  await store.createPlan({
    pupil: maja,
    plan: {
      ...plan,
      people: {
        ...plan.people,
        classTeacher: TEACHER,
        // Aisha delivers Maja's 1:1 from another class; a parent's address is never offered.
        teachingAssistants: [OWN_TA, OTHER_TA, { name: 'Mum', email: 'mum@home.example' }],
      },
    },
  });
  const fake = fakeAdmin();
  render(
    <ExtraStaffSection admin={fake.admin} store={store} pupil={maja} senderEmail="senco@school.example" />,
  );
  await screen.findByRole('heading', { name: 'Staff from outside the class' });
  return { ...fake, maja };
};

afterEach(cleanup);

describe('staff from outside the class, on the SENCO’s pupil page', () => {
  it('suggests the named TA who cannot open the plan, and gives her access', async () => {
    const { calls, extra, maja } = await setUp();
    expect(await screen.findByText('Named on the plan but cannot open it')).toBeTruthy();
    expect(screen.getByText(/Aisha Khan \(aisha\.khan@school\.example\), teaching assistant/)).toBeTruthy();
    expect(screen.queryByText(/Tom Bennett \(tom/)).toBeNull();
    expect(screen.queryByText(/mum@home\.example/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Give Aisha Khan access' }));

    const list = await screen.findByRole('list', { name: 'Teaching assistants from outside Year 4 Otters' });
    expect(within(list).getByText('Aisha Khan (aisha.khan@school.example)')).toBeTruthy();
    expect(screen.queryByText('Named on the plan but cannot open it')).toBeNull();
    expect(calls).toEqual(['add assistant aisha.khan@school.example']);
    expect(extra.get(maja.id)?.map((m) => m.email)).toEqual(['aisha.khan@school.example']);
  });

  it('adds a teacher by address, refuses one outside the tenant at the field, and removes', async () => {
    const { calls, extra, maja } = await setUp();
    const field = await screen.findByRole('textbox', { name: 'Add to Teachers from outside Year 4 Otters' });
    const group = field.closest('[role="group"]') as HTMLElement;

    fireEvent.change(field, { target: { value: 'nobody@school.example' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Add' }));
    expect(await within(group).findByText(/No one in the school's directory has this address/)).toBeTruthy();

    fireEvent.change(field, { target: { value: 'james.patel@school.example' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Add' }));
    expect(await within(group).findByText('James Patel (james.patel@school.example)')).toBeTruthy();

    fireEvent.click(
      within(group).getByRole('button', {
        name: 'Remove James Patel from Teachers from outside Year 4 Otters',
      }),
    );
    expect(await within(group).findByText('Nobody yet.')).toBeTruthy();
    expect(calls).toEqual([
      'add teacher nobody@school.example',
      'add teacher james.patel@school.example',
      'remove james.patel@school.example',
    ]);
    expect(extra.get(maja.id)).toEqual([]);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { asClassTeamId, type Pupil } from '../../../domain';
import type { CareTeamAdmin, CareTeamGroup, StaffMember } from '../../../domain/careTeamAdmin';
import { AccessDenied } from '../../../domain/errors';
import { fakeServices } from '../../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../../test/support/inMemoryIepStore';
import { StaffAccessPage } from './StaffAccessPage';

const KESTRELS = asClassTeamId('team-kestrels');

/** Groups kept in memory, refusing addresses no directory has, as SharePoint's ensureUser does. */
const memoryAdmin = (directory: readonly StaffMember[]) => {
  const groups = new Map<string, StaffMember[]>();
  const members = (key: string): StaffMember[] => groups.get(key) ?? [];
  const find = (email: string): StaffMember => {
    const person = directory.find((p) => p.email === email);
    if (!person) throw new AccessDenied();
    return person;
  };
  const admin: CareTeamAdmin = {
    readClassStaff: (id) =>
      Promise.resolve({ teachers: members(`${id}/teachers`), assistants: members(`${id}/assistants`) }),
    addClassStaff: (id, group: CareTeamGroup, email) => {
      const person = find(email);
      groups.set(`${id}/${group}`, [...members(`${id}/${group}`), person]);
      return Promise.resolve(person);
    },
    removeClassStaff: (id, group, email) => {
      groups.set(
        `${id}/${group}`,
        members(`${id}/${group}`).filter((m) => m.email !== email),
      );
      return Promise.resolve();
    },
    readSenLeads: () => Promise.resolve(members('leads')),
    addSenLead: (email) => {
      const person = find(email);
      groups.set('leads', [...members('leads'), person]);
      return Promise.resolve(person);
    },
    removeSenLead: () => Promise.resolve(),
    readExtraStaff: () => Promise.resolve([]),
    addExtraStaff: (_pupilId, role, email) => Promise.resolve({ ...find(email), role }),
    removeExtraStaff: () => Promise.resolve(),
  };
  return { admin, groups };
};

const withPupil = async () => {
  const store = createInMemoryIepStore();
  (await store.addPupils([
    {
      givenName: 'Maja',
      familyName: 'Kowalczyk',
      classTeamId: KESTRELS,
      className: 'Year 3 Kestrels',
      yearGroup: 'Year 3',
      senStatus: 'K' as const,
      primaryNeed: 'SPLD' as const,
    },
  ])) as [Pupil];
  return store;
};

describe('staff access', () => {
  it("adds a teacher to a class's care team, and checks the address at the field first", async () => {
    const user = userEvent.setup();
    const { admin, groups } = memoryAdmin([{ name: 'Tom Bennett', email: 'tom.bennett@oakfield.example' }]);
    render(
      <StaffAccessPage
        services={fakeServices({
          store: await withPupil(),
          careTeams: admin,
          listMyClasses: () => Promise.resolve([]),
        })}
      />,
    );

    await user.click(await screen.findByRole('button', { name: 'Year 3 Kestrels' }));
    const teachers = await screen.findByRole('group', { name: 'Teachers of Year 3 Kestrels' });
    const field = within(teachers).getByRole('textbox', { name: 'Add to Teachers of Year 3 Kestrels' });
    await user.type(field, 'Tom Bennett');
    await user.click(within(teachers).getByRole('button', { name: 'Add' }));
    expect(within(teachers).getByText('Enter an email address such as name@school.example.')).toBeTruthy();
    expect(groups.get(`${KESTRELS}/teachers`)).toBeUndefined();

    await user.clear(field);
    await user.type(field, 'tom.bennett@oakfield.example');
    await user.click(within(teachers).getByRole('button', { name: 'Add' }));
    expect(await within(teachers).findByText('Tom Bennett (tom.bennett@oakfield.example)')).toBeTruthy();
    expect(groups.get(`${KESTRELS}/teachers`)?.map((m) => m.email)).toEqual(['tom.bennett@oakfield.example']);

    await user.click(
      within(teachers).getByRole('button', { name: 'Remove Tom Bennett from Teachers of Year 3 Kestrels' }),
    );
    expect(await within(teachers).findByText('Nobody yet.')).toBeTruthy();
    expect(groups.get(`${KESTRELS}/teachers`)).toEqual([]);
  });

  it('says so at the field when SharePoint refuses the change', async () => {
    const user = userEvent.setup();
    const { admin } = memoryAdmin([]);
    render(
      <StaffAccessPage
        services={fakeServices({
          store: await withPupil(),
          careTeams: admin,
          listMyClasses: () => Promise.resolve([]),
        })}
      />,
    );

    const leads = await screen.findByRole('group', { name: 'SEN leads' });
    await user.type(within(leads).getByRole('textbox'), 'someone@oakfield.example');
    await user.click(within(leads).getByRole('button', { name: 'Add' }));
    expect(
      await within(leads).findByText('Only the SEN leads can change who is in a care team.'),
    ).toBeTruthy();
  });

  it('explains itself where the site keeps no care teams', async () => {
    render(
      <StaffAccessPage
        services={fakeServices({ store: await withPupil(), listMyClasses: () => Promise.resolve([]) })}
      />,
    );
    expect(await screen.findByText(/does not keep care teams yet/)).toBeTruthy();
  });
});

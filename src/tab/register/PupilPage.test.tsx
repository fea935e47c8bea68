import { fireEvent, render, screen } from '@testing-library/react';
import { asClassTeamId, type ClassTeam, type Pupil } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { PupilPage } from './PupilPage';

const OTTERS: ClassTeam = { id: asClassTeamId('team-otters'), displayName: 'Year 4 Otters' };
const HERONS: ClassTeam = { id: asClassTeamId('team-herons'), displayName: 'Year 4 Herons' };

const setUp = async () => {
  const store = createInMemoryIepStore();
  const [maja] = (await store.addPupils([
    {
      givenName: 'Maja',
      familyName: 'Kowalczyk',
      dateOfBirth: '2017-05-09',
      pupilRef: 'A123456789012',
      classTeamId: OTTERS.id,
      className: OTTERS.displayName,
      yearGroup: 'Year 4',
      senStatus: 'K',
      primaryNeed: 'SPLD',
    },
  ])) as [Pupil];
  const services = fakeServices({ store, listMyClasses: () => Promise.resolve([OTTERS, HERONS]) });
  render(<PupilPage services={services} pupilId={maja.id} />);
  await screen.findByRole('heading', { name: 'Maja Kowalczyk', level: 1 });
  return { store, maja, services };
};

describe("a pupil's register page", () => {
  it('moves the pupil to another class, says so, and adds the move to their history', async () => {
    const { store, maja } = await setUp();

    fireEvent.change(screen.getByRole('combobox', { name: /Class team/ }), { target: { value: HERONS.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('Saved. Maja Kowalczyk and their plan are now in Year 4 Herons.'),
    ).toBeTruthy();
    expect((await store.findPupil(maja.id)).className).toBe('Year 4 Herons');
    expect(screen.getByText(/Moved from Year 4 Otters to Year 4 Herons/)).toBeTruthy();
  });

  it('refuses a leaving date in the future at the field, and records nothing', async () => {
    const { store, maja } = await setUp();

    fireEvent.change(screen.getByLabelText('Left the school on'), { target: { value: '2027-01-08' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as left the school' }));

    expect(await screen.findByText('The leaving date cannot be in the future.')).toBeTruthy();
    expect((await store.findPupil(maja.id)).registerStatus).toBe('active');
  });

  it('keeps a colleague’s change and offers to load it when both edited the pupil', async () => {
    const { store, maja } = await setUp();
    await store.as('Mr Tom Reid').updatePupil({ ...maja, preferredName: 'Maya' }, maja);

    fireEvent.change(screen.getByRole('combobox', { name: /Stage/ }), { target: { value: 'E' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('button', { name: 'Load their version' })).toBeTruthy();
    const stored = await store.findPupil(maja.id);
    expect([stored.preferredName, stored.senStatus]).toEqual(['Maya', 'K']);
  });
});

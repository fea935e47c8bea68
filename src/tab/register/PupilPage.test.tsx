import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { asClassTeamId, type ClassTeam, type Pupil } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { PupilPage } from './PupilPage';

const OTTERS: ClassTeam = { id: asClassTeamId('team-otters'), displayName: 'Year 4 Otters' };
const HERONS: ClassTeam = { id: asClassTeamId('team-herons'), displayName: 'Year 4 Herons' };

const renderPage = (services: ReturnType<typeof fakeServices>, pupil: Pupil) =>
  render(<PupilPage services={services} pupilId={pupil.id} />);

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
  renderPage(services, maja);
  await screen.findByRole('heading', { name: 'Maja Kowalczyk', level: 1 });
  return { store, maja, services };
};

beforeEach(() => window.sessionStorage.clear());

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

  it('keeps what was typed over a reload, and saves it once the SENCO checks it', async () => {
    const { store, maja, services } = await setUp();
    fireEvent.change(screen.getByRole('combobox', { name: /Stage/ }), { target: { value: 'E' } });
    cleanup();

    renderPage(services, maja);
    expect(await screen.findByText('Unsaved changes restored from this device')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /Stage/ }) as HTMLSelectElement).value).toBe('E');
    expect(Object.keys(window.sessionStorage).join(' ')).not.toMatch(/priya|Maja|Kowalczyk/i);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await store.findPupil(maja.id)).senStatus).toBe('E');
    expect(window.sessionStorage.length).toBe(0);
  });

  it('saves a restored form against the pupil it was typed over, so a colleague’s change since is kept', async () => {
    const { store, maja, services } = await setUp();
    fireEvent.change(screen.getByRole('combobox', { name: /Stage/ }), { target: { value: 'E' } });
    cleanup();
    await store.as('Mr Tom Reid').updatePupil({ ...maja, preferredName: 'Maya' }, maja);

    renderPage(services, maja);
    await screen.findByText('Unsaved changes restored from this device');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('button', { name: 'Load their version' })).toBeTruthy();
    const stored = await store.findPupil(maja.id);
    expect([stored.preferredName, stored.senStatus]).toEqual(['Maya', 'K']);
  });
});

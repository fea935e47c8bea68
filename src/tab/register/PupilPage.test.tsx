import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import {
  asClassTeamId,
  ServiceError,
  type ClassTeam,
  type IepStore,
  type Pupil,
  type RecordLockOutcome,
} from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { PupilPage } from './PupilPage';

const OTTERS: ClassTeam = { id: asClassTeamId('team-otters'), displayName: 'Year 4 Otters' };
const HERONS: ClassTeam = { id: asClassTeamId('team-herons'), displayName: 'Year 4 Herons' };

const renderPage = (services: ReturnType<typeof fakeServices>, pupil: Pupil) =>
  render(<PupilPage services={services} pupilId={pupil.id} />);

const setUp = async (options: { label?: string; lock?: IepStore['lockClosedVersions'] } = {}) => {
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
  const services = fakeServices({
    store,
    listMyClasses: () => Promise.resolve([OTTERS, HERONS]),
    ...(options.label ? { closedVersionLabel: options.label } : {}),
    ...(options.lock ? { lockClosedVersions: options.lock } : {}),
  });
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

  it('locks the closed versions as records as soon as the pupil is recorded as left, and says when it could not', async () => {
    const asked: string[] = [];
    const outcomes: RecordLockOutcome[] = [
      { status: 'failed', error: new ServiceError(503, 'SharePoint is busy.') },
      { status: 'locked', items: 7 },
    ];
    const { maja } = await setUp({
      label: 'IEP closed plan version',
      lock: (pupilId) => {
        asked.push(pupilId);
        return Promise.resolve(outcomes.shift() ?? { status: 'locked', items: 7 });
      },
    });
    expect(screen.getByText(/retention label “IEP closed plan version”/)).toBeTruthy();
    expect(asked).toEqual([]);

    fireEvent.change(screen.getByLabelText('Left the school on'), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as left the school' }));
    expect(await screen.findByText('The closed version is not locked by SharePoint yet')).toBeTruthy();
    expect(asked).toEqual([maja.id]);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The closed versions are locked as records.')).toBeTruthy();
    expect(asked).toEqual([maja.id, maja.id]);
  });

  it('offers no lock without a record label: closed versions are then read-only in the app only', async () => {
    await setUp({ lock: () => Promise.resolve({ status: 'not-configured' }) });
    expect(screen.queryByRole('button', { name: 'Lock closed versions' })).toBeNull();
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

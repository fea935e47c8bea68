import { render, screen, within } from '@testing-library/react';
import { asGroupTargetId, asPupilId, ServiceError } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { createInMemoryProvisionStore } from '../../../test/support/inMemoryProvisionStore';
import { AUTUMN, phonics, REGISTER } from '../provisions/testing/provisionFixtures';
import { PupilPage } from './PupilPage';

const AVA = asPupilId('p-ava');

const renderAva = (provisions: ReturnType<typeof createInMemoryProvisionStore>) => {
  const store = createInMemoryIepStore({ pupils: REGISTER });
  render(
    <PupilPage
      services={fakeServices({ store, provisions, listMyClasses: () => Promise.resolve([]) })}
      pupilId={AVA}
    />,
  );
};

describe("a pupil's provisions", () => {
  it('lists each provision with its term, dates, scores and change, and the group targets’ outcomes', async () => {
    const provisions = createInMemoryProvisionStore();
    const provision = await provisions.createProvision(phonics());
    const target = asGroupTargetId('gt-1');
    await provisions.createGroupPlan({
      provisionId: provision.id,
      term: AUTUMN.start,
      group: 1,
      targets: [{ id: target, area: 'literacy', text: 'Read 20 tricky words' }],
    });
    await provisions.addPlacements([
      {
        provisionId: provision.id,
        pupilId: AVA,
        term: AUTUMN.start,
        start: '2026-09-14',
        end: AUTUMN.end,
        entryScore: 12,
        exitScore: 20,
        outcomes: { [target]: { outcome: 'achieved', comment: 'Secure by November' } },
      },
    ]);
    renderAva(provisions);

    const section = await screen.findByRole('region', { name: 'Provisions' });
    const link = await within(section).findByRole('link', { name: 'Phonics catch-up group' });
    expect(link.getAttribute('href')).toBe(`#/provision/${provision.id}`);
    const item = link.closest('li') as HTMLElement;
    expect(item.textContent).toContain('Autumn term: 14/09/2026 to 18/12/2026');
    expect(item.textContent).toContain('Entry score 12, exit score 20 (change +8)');
    expect(within(item).getByRole('list', { name: /Group targets/ }).textContent).toBe(
      'Read 20 tricky words: Achieved (Secure by November)',
    );
  });

  it('says the provisions could not be read while the rest of the page still works', async () => {
    const provisions = createInMemoryProvisionStore();
    provisions.pupilProvisions = () => Promise.reject(new ServiceError(503, 'Unavailable'));
    renderAva(provisions);

    expect(await screen.findByText("The pupil's provisions could not be loaded")).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ava Brown', level: 1 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeTruthy();
  });
});

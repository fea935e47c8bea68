import { render, screen, within } from '@testing-library/react';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryProvisionStore } from '../../../test/support/inMemoryProvisionStore';
import { ProvisionsPage } from './ProvisionsPage';
import { phonics } from './testing/provisionFixtures';

describe('the provisions catalogue', () => {
  it('lists what is offered with its staff, sessions and costs, and keeps retired ones apart', async () => {
    const provisions = createInMemoryProvisionStore();
    await provisions.createProvision(phonics());
    await provisions.createProvision(phonics({ name: 'Lego therapy', retired: true }));
    render(<ProvisionsPage services={fakeServices({ provisions })} />);

    const offered = await screen.findByRole('table', { name: 'Provisions offered' });
    const row = within(offered).getByRole('row', { name: /Phonics catch-up group/ });
    expect(row.textContent).toContain('Small group of up to 6');
    expect(row.textContent).toContain('Teaching assistant: Mrs Bell');
    expect(row.textContent).toContain('3 × 30 min a week');
    expect(row.textContent).toContain('£18.50');
    expect(row.textContent).toContain('£45.00');
    expect(within(offered).queryByText('Lego therapy')).toBeNull();
    const retired = screen.getByRole('table', { name: /no longer offered/ });
    expect(within(retired).getByRole('link', { name: 'Lego therapy' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New provision' }).getAttribute('href')).toBe('#/provisions/new');
    expect(screen.getByRole('link', { name: 'Provision map' }).getAttribute('href')).toBe('#/provision-map');
  });

  it('says what to do when the catalogue cannot be read', async () => {
    const provisions = createInMemoryProvisionStore();
    provisions.listProvisions = () => Promise.reject(new Error('down'));
    render(<ProvisionsPage services={fakeServices({ provisions })} />);
    expect(await screen.findByText('The provisions could not be loaded')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

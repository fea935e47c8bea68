import { fireEvent, screen, within } from '@testing-library/react';
import { fakeEditorServices, SEED_PLAN_ID } from '../../../../test/support/fakeEditorServices';
import { createInMemoryProvisionStore } from '../../../../test/support/inMemoryProvisionStore';
import { renderEditor } from '../../../../test/support/renderEditor';
import { phonics } from '../../provisions/testing/provisionFixtures';

const setUp = async () => {
  const provisions = createInMemoryProvisionStore();
  const provision = await provisions.createProvision(phonics());
  await provisions.createProvision(phonics({ name: 'Lego therapy', retired: true }));
  const listProvisions = jest.fn(provisions.listProvisions);
  const services = { ...fakeEditorServices(), provisions: { ...provisions, listProvisions } };
  const rendered = await renderEditor({ services });
  const target = screen.getByRole('region', { name: 'Short-term target 1' });
  const select = (await within(target).findByRole('combobox', {
    name: 'Delivered through a school provision',
  })) as HTMLSelectElement;
  return { ...rendered, services, provision, listProvisions, target, select };
};

const field = (target: HTMLElement, name: string) =>
  within(target).getByRole('textbox', { name: new RegExp(`^${name}`) }) as HTMLTextAreaElement;

beforeEach(() => sessionStorage.clear());

describe('a target delivered through a school provision', () => {
  test('the catalogue is read only when the select is opened, and choosing fills the target and saves the link', async () => {
    const { services, provision, listProvisions, target, select } = await setUp();
    expect(listProvisions).not.toHaveBeenCalled();

    fireEvent.focus(select);
    await within(select).findByRole('option', { name: 'Phonics catch-up group' });
    expect(within(select).queryByRole('option', { name: 'Lego therapy' })).toBeNull();
    fireEvent.change(select, { target: { value: provision.id } });

    expect(field(target, 'Strategies and provision').value).toBe(
      'Daily phonics in a small group with a trained assistant.',
    );
    expect(field(target, 'Who delivers it').value).toBe('Mrs Bell');
    expect(field(target, 'How often and for how long').value).toBe(
      '3 sessions a week, 30 minutes each, for 10 weeks',
    );
    expect(within(target).getAllByText(/From the school provision/)).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    const saved = services.server.get(SEED_PLAN_ID)?.shortTermTargets[0];
    expect(saved?.provisionId).toBe(provision.id);
    expect(saved?.deliveredBy).toBe('Mrs Bell');
    expect(listProvisions).toHaveBeenCalledTimes(1);
  });

  test('None keeps what the provision filled in but takes the link off', async () => {
    const { services, provision, target, select } = await setUp();
    fireEvent.focus(select);
    await within(select).findByRole('option', { name: 'Phonics catch-up group' });
    fireEvent.change(select, { target: { value: provision.id } });
    fireEvent.change(select, { target: { value: '' } });

    expect(field(target, 'Who delivers it').value).toBe('Mrs Bell');
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    const saved = services.server.get(SEED_PLAN_ID)?.shortTermTargets[0];
    expect(saved?.deliveredBy).toBe('Mrs Bell');
    expect(saved?.provisionId).toBeUndefined();
  });
});

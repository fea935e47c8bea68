import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryProvisionStore } from '../../../test/support/inMemoryProvisionStore';
import { NewProvisionPage } from './NewProvisionPage';

const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

const setUp = () => {
  const provisions = createInMemoryProvisionStore();
  const services = fakeServices({ provisions });
  const onCreated = jest.fn();
  render(<NewProvisionPage services={services} onCreated={onCreated} />);
  return { provisions, services, onCreated };
};

const fillIn = () => {
  type(/^Name/, 'Speech and language programme');
  fireEvent.change(screen.getByRole('combobox', { name: /Area of need/ }), {
    target: { value: 'communication-and-interaction' },
  });
  type(/Group size/, '4');
  type(/Sessions per week/, '2');
  type(/Minutes per session/, '45');
  type(/Weeks per term/, '12');
  type(/Cost per hour/, '£18.50');
  type(/Resources cost/, '30');
};

beforeEach(() => window.sessionStorage.clear());

describe('a new provision', () => {
  it('is added with money in pence and the named staff, and the page moves to it', async () => {
    const { provisions, onCreated } = setUp();
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Add a member of staff' }));
    type(/Member of staff 1/, 'Ms Khan');
    fireEvent.click(screen.getByRole('checkbox', { name: 'A higher score is better' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add provision' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const { provisions: saved } = await provisions.listProvisions();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      costPerHourPence: 1850,
      resourcesCostPence: 3000,
      staffNames: ['Ms Khan'],
      groupSize: 4,
      entryExit: { higherIsBetter: false },
    });
    expect(onCreated).toHaveBeenCalledWith(saved[0]?.id);
  });

  it('says at each field what is wrong with money and numbers, and saves nothing', async () => {
    const { provisions } = setUp();
    fillIn();
    type(/Cost per hour/, '12.345');
    type(/Resources cost/, 'abc');
    type(/Sessions per week/, '2.5');
    type(/Weeks per term/, '-1');
    fireEvent.click(screen.getByRole('button', { name: 'Add provision' }));

    expect(
      await screen.findByText('Cost per hour has at most two figures after the point (pence), e.g. 18.50.'),
    ).toBeTruthy();
    expect(screen.getByText('Resources cost per term must be an amount in pounds, e.g. 18.50.')).toBeTruthy();
    expect(screen.getByText('Sessions per week must be a whole number.')).toBeTruthy();
    expect(screen.getByText('Weeks per term must be at least 1.')).toBeTruthy();
    type(/Cost per hour/, '-4');
    fireEvent.click(screen.getByRole('button', { name: 'Add provision' }));
    expect(await screen.findByText('Cost per hour cannot be negative.')).toBeTruthy();
    expect((await provisions.listProvisions()).provisions).toHaveLength(0);
  });

  it('keeps what was typed over a reload, under a key without names', async () => {
    const { services } = setUp();
    type(/^Name/, 'ELSA sessions');
    cleanup();

    render(<NewProvisionPage services={services} onCreated={jest.fn()} />);
    expect(await screen.findByText('Unsaved changes restored from this device')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement).value).toBe('ELSA sessions');
    expect(Object.keys(window.sessionStorage).join(' ')).not.toMatch(/ELSA|priya/i);
  });
});

import { screen } from '@testing-library/react';
import { fakeEditorServices, seedPlan, SEED_PLAN_ID } from '../../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../../test/support/renderEditor';

beforeEach(() => sessionStorage.clear());

test('how we will know the help is no longer needed is written beside the monitoring and saved with the plan', async () => {
  const services = fakeEditorServices([seedPlan({ noLongerNeeded: '' })]);
  const { user } = await renderEditor({ services });
  const monitoring = screen.getByRole('textbox', { name: 'Monitoring and assessment arrangements' });
  const field = screen.getByRole('textbox', { name: 'How we will know the help is no longer needed' });
  // Next to "Monitoring": the very next field in the form.
  const fields = screen.getAllByRole('textbox');
  expect(fields.indexOf(field)).toBe(fields.indexOf(monitoring) + 1);

  await user.type(field, 'Reads with the class for two terms.');
  await user.click(screen.getByRole('button', { name: 'Save plan' }));
  await screen.findByText(/^Saved at/);
  expect(services.server.get(SEED_PLAN_ID)?.noLongerNeeded).toBe('Reads with the class for two terms.');
});

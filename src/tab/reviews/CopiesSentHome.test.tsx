import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CopyHomeRequest } from '../../app/usecases/reviews/sendCopyHome';
import { FULL_ACCESS, type Plan, type Review, type StaffAccess } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { buildPlan, buildReview } from '../../../test/support/planBuilder';
import { CopiesSentHome } from './CopiesSentHome';

const plan: Plan = buildPlan({
  people: {
    ...buildPlan().people,
    parentsCarers: [
      { name: 'Alex Taylor', email: 'alex@example.org', relationship: 'Mother' },
      { name: 'Jo Taylor', email: '', relationship: 'Father' },
    ],
    professionals: [
      {
        name: 'Dr Rees',
        role: 'Speech and language therapist',
        organisation: 'NHS',
        email: 'rees@nhs.example',
      },
    ],
  },
});
const review = buildReview(plan);

const setUp = (access: StaffAccess = FULL_ACCESS) => {
  const requests: CopyHomeRequest[] = [];
  const recorded: Review[] = [];
  const services = fakeServices({
    access,
    sendCopyHome: (request) => {
      requests.push(request);
      const copy = {
        sentAt: '2026-11-24T09:00:00.000Z',
        sentBy: 'Ms Jones',
        to: request.recipients.map((r) => ({ name: r.name, email: r.email })),
        attachments: ['Sam - plan and review notes.docx', 'Sam - plan and review notes.pdf'],
        outcome: 'sent' as const,
      };
      return Promise.resolve({
        outcome: 'sent',
        withPdf: true,
        attachments: copy.attachments,
        review: { ...request.review, copiesSentHome: [copy] },
      });
    },
  });
  render(
    <FluentProvider theme={teamsLightTheme}>
      <CopiesSentHome services={services} plan={plan} review={review} onRecorded={(r) => recorded.push(r)} />
    </FluentProvider>,
  );
  return { requests, recorded };
};

describe('Copies sent home', () => {
  it('offers only the parents and carers with an address, and sends nothing until one is ticked and confirmed', async () => {
    const { requests, recorded } = setUp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send a copy home' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send a copy home' });
    const group = await within(dialog).findByRole('group', { name: 'Send to' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(dialog).queryByText(/rees@nhs\.example/)).toBeNull();
    const send = within(dialog).getByRole('button', { name: 'Send' });
    expect(send).toHaveProperty('disabled', true);

    await user.click(within(group).getByRole('checkbox', { name: 'Alex Taylor (Mother), alex@example.org' }));
    expect(send).toHaveProperty('disabled', true);
    await user.click(within(dialog).getByRole('checkbox', { name: /^I have checked that alex@example.org/ }));
    await user.click(send);

    await within(dialog).findByText('Sent to Alex Taylor, as a Word document and a PDF.');
    expect(requests.map((r) => r.recipients.map((p) => p.email))).toEqual([['alex@example.org']]);
    expect(recorded[0]?.copiesSentHome).toHaveLength(1);
  });

  it('is not offered to a teaching assistant, who does not arrange reviews', async () => {
    setUp({ ...FULL_ACCESS, isSenLead: false, assistantOf: new Set([plan.pupil.classTeamId]) });
    await screen.findByText(/No copy of the plan and review notes has been emailed home/);
    // The roles arrive from a resolved promise: let React apply them before looking.
    await act(() => Promise.resolve());
    expect(screen.queryByRole('button', { name: 'Send a copy home' })).toBeNull();
  });
});

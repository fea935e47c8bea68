import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { asClassTeamId, NO_ACCESS, PupilSchema, type Pupil } from '../../domain';
import { createDocumentExporter } from '../../app/documents';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { planFor } from '../../../test/integration/support/pupils';
import { SubjectAccessSection } from './SubjectAccessSection';

describe("a pupil's subject access export", () => {
  it('downloads one .zip named by the pupil reference, with the plan in it', async () => {
    const store = createInMemoryIepStore();
    const [pupil] = (await store.addPupils([
      {
        givenName: 'Tomos',
        familyName: 'Bevan',
        pupilRef: 'B938200115002',
        classTeamId: asClassTeamId('team-foxes'),
        className: 'Year 5 Foxes',
        yearGroup: 'Year 5',
        senStatus: 'E',
        primaryNeed: 'ASD',
      },
    ])) as [Pupil];
    await store.createPlan({ pupil, plan: planFor(pupil, 1) });
    const saved: { bytes: Uint8Array; fileName: string; mimeType: string }[] = [];
    const services = { ...fakeServices({ store }), documents: createDocumentExporter() };
    render(
      <SubjectAccessSection
        services={services}
        pupil={pupil}
        saveFile={(bytes, fileName, mimeType) => saved.push({ bytes, fileName, mimeType })}
      />,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Download everything held (.zip)' }));

    expect(
      await screen.findByText(
        /^Downloaded Subject access - B938200115002 - 2026-11-24\.zip \(\d+ files\)\.$/,
      ),
    ).toBeTruthy();
    expect(saved.map((file) => [file.fileName, file.mimeType])).toEqual([
      ['Subject access - B938200115002 - 2026-11-24.zip', 'application/zip'],
    ]);
    expect(Object.keys(unzipSync(saved[0]?.bytes ?? new Uint8Array()))).toContain(
      'plan-1/version-1/plan.docx',
    );
  });

  it('is not offered to staff who are not SEN leads', async () => {
    const pupil = PupilSchema.parse({
      id: 'pupil-tomos',
      givenName: 'Tomos',
      familyName: 'Bevan',
      classTeamId: 'team-foxes',
      className: 'Year 5 Foxes',
      yearGroup: 'Year 5',
    });
    const teacher = { ...NO_ACCESS, teacherOf: new Set([asClassTeamId('team-foxes')]) };
    const services = fakeServices({ access: teacher });
    render(<SubjectAccessSection services={services} pupil={pupil} saveFile={() => undefined} />);

    // The roles are read before anything is decided, so an absent section means they were read.
    await waitFor(() => expect(services.calls.myAccess).toHaveLength(1));
    await act(() => Promise.resolve());
    expect(screen.queryByRole('heading', { name: 'Subject access request' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Download everything held/ })).toBeNull();
  });
});

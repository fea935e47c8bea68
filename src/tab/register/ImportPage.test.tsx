import { fireEvent, render, screen } from '@testing-library/react';
import { asClassTeamId, type ClassTeam } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { ImportPage } from './ImportPage';

const CLASS_3B: ClassTeam = { id: asClassTeamId('team-3b'), displayName: '3B 2026-27' };

/** A SIMS export in Windows-1252 (the é of Zoé is the one byte 0xE9), with a date that does not exist. */
const SIMS_EXPORT = Buffer.concat([
  Buffer.from(
    'Legal Surname,Legal Forename,Preferred Forename,UPN,DOB,Year,Reg,SEN Status,SEN Need Type\r\n',
  ),
  Buffer.from('Ahmed,Yusuf,,M938200115001,07/03/2016,3,3B,K,SLCN\r\n'),
  Buffer.from('Martin,Zo', 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from(',,Q938200115003,31/02/2016,3,3B,K - SEN Support,Specific Learning Difficulty\r\n'),
]);

const chooseFile = (bytes: Buffer, name: string): void => {
  const file = new File([new Uint8Array(bytes)], name, { type: 'text/csv' });
  // jsdom's File has no arrayBuffer(); the browser's does.
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => Promise.resolve(new Uint8Array(bytes).buffer),
  });
  fireEvent.change(screen.getByLabelText(/Pupil list exported from SIMS/), { target: { files: [file] } });
};

describe('importing the register from the MIS', () => {
  it('previews every row, lets the SENCO correct a bad date in place, then imports both pupils', async () => {
    const store = createInMemoryIepStore();
    const services = fakeServices({ store, listMyClasses: () => Promise.resolve([CLASS_3B]) });
    render(<ImportPage services={services} />);
    await screen.findByRole('heading', { name: 'Import pupils from the school’s MIS' });

    chooseFile(SIMS_EXPORT, 'sims-export.csv');

    expect(await screen.findByText(/1 new, 0 to update, 0 unchanged, 1 cannot be imported/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Import 1 pupil/ }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/This looks like a SIMS export/)).toBeTruthy();

    const fix = screen.getByRole('textbox', { name: 'Correct row 3, DOB' });
    fireEvent.change(fix, { target: { value: '28/02/2016' } });
    fireEvent.keyDown(fix, { key: 'Enter' });

    expect(await screen.findByText(/2 new, 0 to update, 0 unchanged, 0 cannot be imported/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 pupils' }));

    expect(await screen.findByText('2 pupils added, 0 pupils updated.')).toBeTruthy();
    const register = await store.loadRegister();
    expect(register.pupils.map((p) => [p.givenName, p.dateOfBirth, p.className]).sort()).toEqual([
      ['Yusuf', '2016-03-07', '3B 2026-27'],
      ['Zoé', '2016-02-28', '3B 2026-27'],
    ]);
  });

  it('refuses an empty file at the field', async () => {
    render(<ImportPage services={fakeServices({ listMyClasses: () => Promise.resolve([CLASS_3B]) })} />);
    await screen.findByRole('heading', { name: 'Import pupils from the school’s MIS' });

    chooseFile(Buffer.from(''), 'empty.csv');

    expect(await screen.findByText(/This file is empty/)).toBeTruthy();
  });
});

import { documentPlace } from './documentPlace';

const SEN = 'contoso.sharepoint.com:/sites/SEN';
const EMMA = 'Emma.Clarke@oakfield.example';

describe('where the open document is saved', () => {
  it.each([
    [
      'a document in the SEN site',
      'https://contoso.sharepoint.com/sites/SEN/Shared%20Documents/IEP.docx',
      'sen-site',
    ],
    [
      'the SEN site, whatever the case',
      'https://CONTOSO.sharepoint.com/sites/sen/Documents/x.docx',
      'sen-site',
    ],
    [
      "the user's own OneDrive",
      'https://contoso-my.sharepoint.com/personal/emma_clarke_oakfield_example/Documents/IEPs/Zoe.docx',
      'own-onedrive',
    ],
    ['a new document never saved', '', 'unsaved'],
  ])('%s is fine', (_, url, kind) => {
    expect(documentPlace(url, SEN, EMMA).kind).toBe(kind);
  });

  it.each([
    [
      "a class team's site, where pupils are members",
      'https://contoso.sharepoint.com/sites/Year4Otters/Shared%20Documents/General/IEP%20Zoe.docx',
      'contoso.sharepoint.com/sites/Year4Otters/Shared Documents/General/',
    ],
    [
      'a site whose name only starts like the SEN site',
      'https://contoso.sharepoint.com/sites/SEN-Archive/Documents/IEP.docx',
      'contoso.sharepoint.com/sites/SEN-Archive/Documents/',
    ],
    [
      "a colleague's OneDrive",
      'https://contoso-my.sharepoint.com/personal/james_patel_oakfield_example/Documents/IEP.docx',
      'contoso-my.sharepoint.com/personal/james_patel_oakfield_example/Documents/',
    ],
    ['a file on this computer', 'C:\\Users\\emma\\Documents\\IEP Zoe.docx', 'a folder on this computer'],
    ['a file URL', 'file:///home/emma/IEP.docx', 'a folder on this computer'],
  ])('%s is warned about, naming the folder but not the file', (_, url, where) => {
    expect(documentPlace(url, SEN, EMMA)).toEqual({ kind: 'elsewhere', where });
  });
});

import { Invalid, Offline, ServiceError } from '../../../domain/errors';
import { domainErrorFromStatus } from '../../httpErrors';
import { createInFolderWithRefusals } from './folderCreatesPort';
import { createdIdOf } from './formValues';
import { asRefusal, type HttpRefusal } from './spErrors';

class Refused extends Error {
  constructor(readonly refusal: HttpRefusal) {
    super(refusal.message);
  }
}

const failingWith = (error: unknown) =>
  createInFolderWithRefusals(
    { createInFolder: () => Promise.reject(error) },
    (refusal) => new Refused(refusal),
  );

describe('creates in a folder for a caller that tells refusals from lost answers', () => {
  it('rethrows a refusal as the caller’s own error, with what SharePoint said', async () => {
    const refusal = { status: 403, code: '-2147024891', message: 'Access denied.' };
    const error = await failingWith(asRefusal(new ServiceError(403, 'x'), refusal))('l', '1', {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Refused);
    expect((error as Refused).refusal).toEqual(refusal);
  });

  it('passes a lost answer through unchanged', async () => {
    const offline = new Offline();
    await expect(failingWith(offline)('l', '1', {})).rejects.toBe(offline);
  });

  it('turns a refused column into a 400 that names it, as Graph’s are read', async () => {
    let thrown: unknown;
    try {
      createdIdOf([
        {
          FieldName: 'Progress',
          FieldValue: 'x',
          HasException: true,
          ErrorCode: 7,
          ErrorMessage: 'Not a number',
        },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Invalid);
    const error = await failingWith(thrown)('l', '1', {}).catch((e: unknown) => e);
    const refusal = (error as Refused).refusal;
    expect(refusal.status).toBe(400);
    const mapped = domainErrorFromStatus(refusal);
    expect(mapped).toBeInstanceOf(Invalid);
    expect((mapped as Invalid).issues[0]?.path).toBe('Progress');
  });

  it('answers the new id when SharePoint made it', async () => {
    const create = createInFolderWithRefusals({ createInFolder: async () => '42' }, (r) => new Refused(r));
    await expect(create('l', '1', { Title: 'x' })).resolves.toBe('42');
  });
});

import { Invalid, ServiceError } from '../../../domain/errors';
import { isUnknownFailure } from '../../batch';
import { createdIdOf, formValuesOf } from './formValues';

describe('form values for AddValidateUpdateItemUsingPath', () => {
  it('writes every column as the text SharePoint parses', () => {
    expect(
      formValuesOf({
        Title: 'Reading: decode CVC words',
        Notes: 'Line one\nLine two',
        Progress: 2.5,
        Order: 0,
        IsOnline: true,
        Closed: false,
        ReviewId: null,
        Empty: '',
        Broken: Number.NaN,
      }),
    ).toEqual([
      { FieldName: 'Title', FieldValue: 'Reading: decode CVC words' },
      { FieldName: 'Notes', FieldValue: 'Line one\nLine two' },
      { FieldName: 'Progress', FieldValue: '2.5' },
      { FieldName: 'Order', FieldValue: '0' },
      { FieldName: 'IsOnline', FieldValue: '1' },
      { FieldName: 'Closed', FieldValue: '0' },
      { FieldName: 'ReviewId', FieldValue: '' },
      { FieldName: 'Empty', FieldValue: '' },
      { FieldName: 'Broken', FieldValue: '' },
    ]);
  });
});

describe('the answer to a create', () => {
  const ok = (name: string, value: string) => ({
    FieldName: name,
    FieldValue: value,
    HasException: false,
    ErrorCode: 0,
    ErrorMessage: null,
  });

  it('is the new item’s id', () => {
    expect(createdIdOf([ok('Title', 'x'), ok('Id', '42')])).toBe('42');
  });

  it('names each column SharePoint refused', () => {
    const error = (() => {
      try {
        createdIdOf(
          [
            ok('Title', 'x'),
            {
              FieldName: 'Progress',
              FieldValue: 'lots',
              HasException: true,
              ErrorCode: -2130575155,
              ErrorMessage: 'Only numbers can go here',
            },
          ],
          { kind: 'target', id: 'new' },
        );
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).issues).toEqual([
      { path: 'Progress', message: 'SharePoint refused the Progress column: Only numbers can go here.' },
    ]);
    expect((error as Invalid).item).toEqual({ kind: 'target', id: 'new' });
  });

  it('without an id is an outcome unknown, not a success', () => {
    let error: unknown = null;
    try {
      createdIdOf([ok('Title', 'x')]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect(isUnknownFailure(error)).toBe(true);
    expect(() => createdIdOf({ value: 'nonsense' })).toThrow(ServiceError);
  });
});

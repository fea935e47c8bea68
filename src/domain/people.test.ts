import { addressesOf, isAddressOf, smtpAddressesOf } from './people';

describe('staff identity', () => {
  test('keeps SMTP proxy addresses, primary or alias, and drops other kinds', () => {
    expect(
      smtpAddressesOf([
        'SMTP:tom.brown@oakfield.example',
        'smtp:t.brown@oakfield.example',
        'X500:/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=tbrown',
        'SIP:tom.brown@oakfield.example',
      ]),
    ).toEqual(['tom.brown@oakfield.example', 't.brown@oakfield.example']);
  });

  test('every address once, lower-cased, the main one first', () => {
    expect(
      addressesOf({
        email: 'Tom.Brown@oakfield.example',
        addresses: ['t.brown@oakfield.example', 'TOM.BROWN@oakfield.example', ' '],
      }),
    ).toEqual(['tom.brown@oakfield.example', 't.brown@oakfield.example']);
  });

  test('an address on a plan matches any of them, ignoring case and spaces; a blank one matches nobody', () => {
    const tom = { email: 'tom.brown@oakfield.example', addresses: ['t.brown@oakfield.example'] };
    expect(isAddressOf(tom, ' T.Brown@Oakfield.example ')).toBe(true);
    expect(isAddressOf(tom, 'tom.brown@oakfield.example')).toBe(true);
    expect(isAddressOf(tom, 'tom.brown@home.example')).toBe(false);
    expect(isAddressOf({ email: '' }, '')).toBe(false);
  });
});

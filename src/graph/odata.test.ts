import { escapeODataString, fieldEquals, relativeToVersionRoot, withQuery } from './odata';

describe('OData literals', () => {
  test("doubles single quotes so O'Brien is one literal, not the end of the filter", () => {
    expect(escapeODataString("O'Brien")).toBe("'O''Brien'");
    expect(escapeODataString("''")).toBe("''''''");
    expect(escapeODataString('Zoë 陈')).toBe("'Zoë 陈'");
  });

  test('an equality filter names the column under fields/', () => {
    expect(fieldEquals('StaffKey1', "grace.o'brien@oakfield.example")).toBe(
      "fields/StaffKey1 eq 'grace.o''brien@oakfield.example'",
    );
  });

  test('query values are percent-encoded, so & # and + in a value cannot break the URL', () => {
    const url = withQuery('/sites/s/lists/l/items', {
      $filter: fieldEquals('PupilName', 'A & B #1 + C'),
      $top: 5,
      $skip: undefined,
    });
    expect(url).toBe(
      "/sites/s/lists/l/items?$filter=fields%2FPupilName%20eq%20'A%20%26%20B%20%231%20%2B%20C'&$top=5",
    );
    const parsed = new URL(url, 'http://x');
    expect(parsed.searchParams.get('$filter')).toBe("fields/PupilName eq 'A & B #1 + C'");
  });

  test('a nextLink from Graph or the stand-in becomes a path below the version root', () => {
    expect(
      relativeToVersionRoot(
        'https://graph.microsoft.com/v1.0/sites/a,b,c/lists/x/items?$skiptoken=Paged%3DTRUE',
      ),
    ).toBe('/sites/a,b,c/lists/x/items?$skiptoken=Paged%3DTRUE');
    expect(relativeToVersionRoot('http://127.0.0.1:4321/v1.0/sites/s/lists/l/items?%24skiptoken=abc')).toBe(
      '/sites/s/lists/l/items?%24skiptoken=abc',
    );
  });
});

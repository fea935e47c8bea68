import { schoolNationFrom, withSchoolNation } from './schoolNation';

test('the nation chosen at set-up travels in the saved tab URL and is read back', () => {
  const url = withSchoolNation('https://iep.example/tab.html?site=s#/class/1', 'wales');
  expect(new URL(url).searchParams.get('site')).toBe('s');
  expect(schoolNationFrom(new URL(url).search)).toBe('wales');
});

test('a missing or made-up nation is not given, so the default applies', () => {
  expect(schoolNationFrom('')).toBeNull();
  expect(schoolNationFrom('?nation=narnia')).toBeNull();
});

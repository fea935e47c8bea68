import { formatPounds } from '../../../domain/provisionCost';
import { poundsText, readPounds } from './money';

describe('money typed in pounds', () => {
  test.each([
    ['18.50', 1850],
    ['£18.50', 1850],
    [' £ 18.5 ', 1850],
    ['18', 1800],
    ['0.07', 7],
    ['£1,250.00', 125000],
  ])('%p is %p pence', (typed, pence) => {
    expect(readPounds(typed, 'Cost per hour')).toEqual({ ok: true, pence });
  });

  test.each([
    ['12.345', 'Cost per hour has at most two figures after the point (pence), e.g. 18.50.'],
    ['abc', 'Cost per hour must be an amount in pounds, e.g. 18.50.'],
    ['-5', 'Cost per hour cannot be negative.'],
    ['-£5.00', 'Cost per hour cannot be negative.'],
    ['£-5', 'Cost per hour cannot be negative.'],
    ['', 'Enter the cost per hour in pounds, e.g. 18.50.'],
  ])('%p is refused: %p', (typed, message) => {
    expect(readPounds(typed, 'Cost per hour')).toEqual({ ok: false, message });
  });

  test('pence are shown as pounds and pence, and put back in a field without the pound sign', () => {
    expect(formatPounds(1850)).toBe('£18.50');
    expect(formatPounds(125005)).toBe('£1,250.05');
    expect(poundsText(7)).toBe('0.07');
  });
});

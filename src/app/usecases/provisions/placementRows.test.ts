import { groupsForNewPupils, improved, scoreChange } from './placementRows';
import { frequencyInWords, targetDeliveryFrom } from './provisionDelivery';
import { ProvisionSchema } from '../../../domain/provision';

describe('placements', () => {
  test('new pupils fill the lowest group with room; 1:1 pupils each get their own', () => {
    expect(groupsForNewPupils({ delivery: 'group', groupSize: 3 }, [{ group: 1 }, { group: 1 }], 5)).toEqual([
      1, 2, 2, 2, 3,
    ]);
    expect(groupsForNewPupils({ delivery: 'one-to-one', groupSize: 1 }, [{ group: 1 }], 2)).toEqual([2, 3]);
  });

  test('the change is exit minus entry, an improvement the way the measure says is better', () => {
    expect(scoreChange({ entryScore: 12, exitScore: 20.5 })).toBe(8.5);
    expect(scoreChange({ entryScore: 12, exitScore: null })).toBeNull();
    expect(improved(-3, false)).toBe(true);
    expect(improved(-3, true)).toBe(false);
  });
});

describe('a target delivered through a provision', () => {
  const provision = ProvisionSchema.parse({
    id: 'p1',
    name: 'Precision teaching',
    areaOfNeed: 'cognition-and-learning',
    delivery: 'one-to-one',
    groupSize: 1,
    staffRole: 'teaching-assistant',
    staffNames: ['Mrs Bell', 'Mr Okafor', 'Ms Khan'],
    sessionsPerWeek: 1,
    minutesPerSession: 10,
    weeksPerTerm: 12,
    costPerHourPence: 1600,
  });

  test('is taught as the provision says, by its staff, as often as it runs', () => {
    expect(targetDeliveryFrom(provision)).toEqual({
      strategies: 'Precision teaching',
      deliveredBy: 'Mrs Bell, Mr Okafor and Ms Khan',
      frequency: '1 session a week, 10 minutes each, for 12 weeks',
    });
    expect(targetDeliveryFrom({ ...provision, staffNames: [] }).deliveredBy).toBe('Teaching assistant');
    expect(frequencyInWords({ sessionsPerWeek: 3, minutesPerSession: 30, weeksPerTerm: 10 })).toBe(
      '3 sessions a week, 30 minutes each, for 10 weeks',
    );
  });
});

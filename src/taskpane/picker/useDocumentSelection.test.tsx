import { act, renderHook, waitFor } from '@testing-library/react';
import { asPlanId, summarisePlan } from '../../domain';
import { paneServices, samPlan } from '../testing/paneFixtures';
import { useDocumentSelection } from './useDocumentSelection';

describe('the document the task pane makes', () => {
  it('gives a review record of an earlier version the version its review agreed', async () => {
    const services = paneServices();
    const { result } = renderHook(() => useDocumentSelection(services));
    act(() => result.current.choosePupil(summarisePlan(samPlan())));
    act(() => result.current.chooseVersion(asPlanId('plan-0')));
    act(() => result.current.chooseKind('review-record'));

    await waitFor(() => expect(result.current.input?.nextVersion?.version).toBe(2));
    expect(result.current.input?.plan.version).toBe(1);
    // Sam is not on this store's register: the date of birth is left to fill in by hand.
    expect(result.current.input?.dateOfBirth).toBeNull();
  });

  it('has no agreed version for the plan in use', async () => {
    const services = paneServices();
    const { result } = renderHook(() => useDocumentSelection(services));
    act(() => result.current.choosePupil(summarisePlan(samPlan())));
    act(() => result.current.chooseKind('review-record'));

    await waitFor(() => expect(result.current.input?.dateOfBirth).toBeNull());
    expect(result.current.input?.plan.version).toBe(2);
    expect(result.current.input?.nextVersion).toBeNull();
  });
});

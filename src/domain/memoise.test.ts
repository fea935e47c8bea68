import { memoise } from './memoise';

test('callers share one load, and a success is remembered', async () => {
  let loads = 0;
  const site = memoise(() => Promise.resolve(++loads));
  await expect(Promise.all([site(), site()])).resolves.toEqual([1, 1]);
  await expect(site()).resolves.toBe(1);
  expect(loads).toBe(1);
});

test('a failure is forgotten, so trying again really loads again', async () => {
  let loads = 0;
  const site = memoise(() => (++loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(loads)));
  await expect(site()).rejects.toThrow('offline');
  await expect(site()).resolves.toBe(2);
});

test('forget asks afresh; peek shows what was asked without asking', async () => {
  let loads = 0;
  const site = memoise(() => Promise.resolve(++loads));
  expect(site.peek()).toBeNull();
  await site();
  await expect(site.peek()).resolves.toBe(1);
  site.forget();
  expect(site.peek()).toBeNull();
  await expect(site()).resolves.toBe(2);
});

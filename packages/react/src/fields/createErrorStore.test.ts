import { describe, expect, it, vi } from 'vitest';
import { createErrorStore } from './createErrorStore';

const error = (message: string) => ({ type: 'custom', message });

describe('createErrorStore', () => {
  it('notifies only the fields whose message changed, and clears them when the errors go away', () => {
    const store = createErrorStore();
    const name = vi.fn();
    const mobile = vi.fn();
    store.subscribe('applicant.name', name);
    store.subscribe('contact.mobile', mobile);
    store.update({ applicant: { name: error('الاسم مطلوب') } } as never);
    expect(store.get('applicant.name')).toBe('الاسم مطلوب');
    expect(name).toHaveBeenCalledTimes(1);
    expect(mobile).not.toHaveBeenCalled();

    store.update({ applicant: { name: error('الاسم مطلوب') } } as never);
    expect(name).toHaveBeenCalledTimes(1);

    store.update({});
    expect(store.get('applicant.name')).toBeUndefined();
    expect(name).toHaveBeenCalledTimes(2);
    // Keystrokes with no errors anywhere notify nobody.
    store.update({});
    expect(name).toHaveBeenCalledTimes(2);
    expect(mobile).not.toHaveBeenCalled();
  });

  it('reads errors present before a field subscribed, and forgets a field whose last listener left', () => {
    const store = createErrorStore();
    store.update({ city: error('Required') } as never);
    const city = vi.fn();
    const leave = store.subscribe('city', city);
    expect(store.get('city')).toBe('Required');
    leave();
    store.update({});
    expect(city).not.toHaveBeenCalled();
    const again = vi.fn();
    store.subscribe('city', again);
    expect(store.get('city')).toBeUndefined();
    store.update({ city: error('Required') } as never);
    expect(again).toHaveBeenCalledTimes(1);
  });
});

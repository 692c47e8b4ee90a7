import { describe, expect, it } from 'vitest';
import { rejectSchema } from './companies-documents';
import { placementSchema, prioritySchema } from './waitlist-forms';

const messagesOf = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('the priority form', () => {
  it('takes a whole number from -100 to 100 and a reason, trimmed', () => {
    expect(prioritySchema.parse({ priority: -100, reason: '  Nieuwe school  ' })).toEqual({
      priority: -100,
      reason: 'Nieuwe school',
    });
    expect(prioritySchema.safeParse({ priority: 100, reason: 'x' }).success).toBe(true);
  });

  it('refuses what the api would refuse, with a text id for each problem', () => {
    expect(messagesOf(prioritySchema.safeParse({ priority: 101, reason: 'x' }))).toEqual([
      'coordinator.waitlist.priority.range',
    ]);
    expect(messagesOf(prioritySchema.safeParse({ priority: 2.5, reason: 'x' }))).toEqual([
      'coordinator.waitlist.priority.invalid',
    ]);
    // An empty number field reads as NaN.
    expect(messagesOf(prioritySchema.safeParse({ priority: NaN, reason: '   ' }))).toEqual([
      'coordinator.waitlist.priority.invalid',
      'coordinator.waitlist.reason.required',
    ]);
    expect(messagesOf(prioritySchema.safeParse({ priority: 0, reason: 'x'.repeat(2001) }))).toEqual([
      'coordinator.waitlist.reason.tooLong',
    ]);
  });
});

describe('the placement form', () => {
  it('needs a location and a reason', () => {
    expect(messagesOf(placementSchema.safeParse({ locationId: '', reason: '' }))).toEqual([
      'coordinator.waitlist.place.locationRequired',
      'coordinator.waitlist.reason.required',
    ]);
    expect(placementSchema.safeParse({ locationId: 'loc', reason: 'Dichtbij' }).success).toBe(true);
  });
});

describe('turning a company down', () => {
  it('needs a reason of at most 1000 characters', () => {
    expect(messagesOf(rejectSchema.safeParse({ reason: ' ' }))).toEqual([
      'coordinator.companies.reject.required',
    ]);
    expect(messagesOf(rejectSchema.safeParse({ reason: 'x'.repeat(1001) }))).toEqual([
      'coordinator.companies.reject.tooLong',
    ]);
    expect(rejectSchema.parse({ reason: ' Geen KvK-nummer ' })).toEqual({ reason: 'Geen KvK-nummer' });
  });
});

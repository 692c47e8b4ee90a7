import { z } from 'zod';

// The waiting-list forms' checks, as the api makes them (-100 to 100; a reason of 1 to 2000 characters, spaces
// around it not counted). Messages are text ids of coordinator/messages.ts.

const reason = z
  .string()
  .trim()
  .min(1, { error: 'coordinator.waitlist.reason.required' })
  .max(2000, { error: 'coordinator.waitlist.reason.tooLong' });

export const prioritySchema = z.object({
  priority: z
    .number({ error: 'coordinator.waitlist.priority.invalid' })
    .int({ error: 'coordinator.waitlist.priority.invalid' })
    .min(-100, { error: 'coordinator.waitlist.priority.range' })
    .max(100, { error: 'coordinator.waitlist.priority.range' }),
  reason,
});
export type PriorityValues = z.infer<typeof prioritySchema>;

export const placementSchema = z.object({
  locationId: z.string().min(1, { error: 'coordinator.waitlist.place.locationRequired' }),
  reason,
});
export type PlacementValues = z.infer<typeof placementSchema>;

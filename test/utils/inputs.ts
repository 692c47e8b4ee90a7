/** A valid CreateActivityInput at `locationId` (a guest lesson for havo, free, at school), with `overrides`. */
export function activityInput(locationId: string, overrides: Record<string, unknown> = {}) {
  return {
    locationId,
    title: 'Gastles waterstof',
    description: 'Over waterstof als brandstof.',
    type: 'GUEST_LESSON',
    programme: 'JET_NET',
    levels: ['HAVO'],
    targetGroups: [],
    themes: [],
    delivery: 'AT_SCHOOL',
    costEuros: 0,
    ...overrides,
  };
}

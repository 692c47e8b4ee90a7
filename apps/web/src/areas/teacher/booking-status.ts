// The states of a booking (the api's BookingStatus), in the order a booking goes through them.
export const BOOKING_STATUSES = ['REQUESTED', 'ACCEPTED', 'COMPLETED', 'DECLINED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

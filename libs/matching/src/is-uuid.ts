const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// An id that is no UUID names nothing; PostgreSQL would refuse it with a syntax error instead.
export const isUuid = (id: string): boolean => UUID.test(id);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID: checked before a look-up, so that a malformed id is "not found", not a SQL error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

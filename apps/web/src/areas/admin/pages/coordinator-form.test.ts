import { describe, expect, it } from 'vitest';
import { coordinatorSchema } from './coordinator-form';
import { percentRead } from './school-import-documents';

const valid = {
  name: 'Zoë Zeeuw',
  email: 'zoe@voorbeeld.nl',
  password: 'Vlissingen-2026',
  provinces: ['ZEELAND'],
  programmes: [],
};
const problems = (values: object) => {
  const result = coordinatorSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe('the new coordinator form', () => {
  it('accepts what the api accepts (no programme: every programme)', () => {
    expect(coordinatorSchema.safeParse(valid).success).toBe(true);
  });

  it('mirrors the api: a name, an e-mail address, a password of the sign-up rules, a province', () => {
    expect(problems({ ...valid, name: '  ', email: 'zoe@', provinces: [] })).toEqual({
      name: 'admin.coordinators.name.required',
      email: 'admin.coordinators.email.invalid',
      provinces: 'admin.coordinators.provinces.required',
    });
    expect(problems({ ...valid, password: 'kort-1' })).toEqual({
      password: 'admin.coordinators.password.short',
    });
    expect(problems({ ...valid, password: 'alleenletters' })).toEqual({
      password: 'admin.coordinators.password.mix',
    });
    expect(problems({ ...valid, password: 'mijn-zoe-2026!' })).toEqual({
      password: 'admin.coordinators.password.email',
    });
  });
});

describe('import progress', () => {
  it('is a whole percentage of the rows, unknown until the file is read', () => {
    expect(percentRead({ rowsRead: 0, rowsTotal: null })).toBeNull();
    expect(percentRead({ rowsRead: 500, rowsTotal: 8622 })).toBe(5);
    expect(percentRead({ rowsRead: 8622, rowsTotal: 8622 })).toBe(100);
    expect(percentRead({ rowsRead: 0, rowsTotal: 0 })).toBe(100);
  });
});

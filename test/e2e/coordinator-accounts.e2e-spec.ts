import { Role } from '@app/core';
import { UserFactory, errorCode } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

const CREATE = `mutation($i: CreateCoordinatorInput!) { createCoordinator(input: $i) { id } }`;
const LIST = `{ coordinators { id name email role provinces programmes } }`;

describe('the coordinators an admin sees', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(() => t.close());

  it('lists every coordinator by name with provinces and programmes, and no other account', async () => {
    await UserFactory.from({ role: Role.TEACHER, name: 'Aad Docent' }).insert(t.dataSource);
    const created = await t.gql(
      CREATE,
      {
        i: {
          email: 'zeeland@example.nl',
          name: 'Zoë Zeeuw',
          password: 'Vlissingen-Middelburg-2026',
          provinces: ['ZEELAND'],
          programmes: ['JET_NET'],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    await UserFactory.from({
      role: Role.COORDINATOR,
      name: 'Bram Brabant',
      provinces: ['NOORD_BRABANT'] as never,
    }).insert(t.dataSource);

    const { data, errors } = await t.gql(LIST, {}, admin);
    expect(errors).toBeUndefined();
    expect(data!.coordinators).toEqual([
      expect.objectContaining({ name: 'Bram Brabant', role: 'COORDINATOR', provinces: ['NOORD_BRABANT'] }),
      {
        id: created.data!.createCoordinator.id,
        name: 'Zoë Zeeuw',
        email: 'zeeland@example.nl',
        role: 'COORDINATOR',
        provinces: ['ZEELAND'],
        programmes: ['JET_NET'],
      },
    ]);
  });

  it('is for admins only', async () => {
    const coordinator = await t.tokenFor(Role.COORDINATOR);
    const refused = await t.gql(LIST, {}, coordinator);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.reason).toBe('ROLE_NOT_ALLOWED');
    expect(errorCode(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});

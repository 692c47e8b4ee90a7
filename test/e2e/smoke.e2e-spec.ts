import { SchoolFactory, errorCode } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

describe('api smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs up a teacher and answers me', async () => {
    const school = await SchoolFactory.create(t.dataSource);
    const res = await t.gql(
      `mutation($i: SignUpInput!) { signUp(input: $i) { token user { email role school { vestigingscode } } } }`,
      {
        i: {
          email: 'Juf@School.nl',
          password: 'Lesgeven-2026',
          name: 'Juf Anna',
          role: 'TEACHER',
          schoolVestigingscode: school.vestigingscode,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user).toEqual({
      email: 'juf@school.nl',
      role: 'TEACHER',
      school: { vestigingscode: school.vestigingscode },
    });
    const me = await t.gql(`{ me { email } }`, {}, res.data?.signUp.token);
    expect(me.data?.me.email).toBe('juf@school.nl');
    const tampered = await t.gql(
      `mutation { approveCompany(id: "x") { id } }`,
      {},
      `${res.data?.signUp.token}x`,
    );
    expect(errorCode(tampered)).toBe('UNAUTHENTICATED');
  });
});

import { emailMatchesWebsite } from './school-domain';

describe('emailMatchesWebsite', () => {
  it.each([
    ['j.jansen@hethooghuis.nl', 'www.hethooghuis.nl'],
    ['j.jansen@HetHooghuis.nl', 'https://www.hethooghuis.nl/vwo/'],
    ['j.jansen@mail.hethooghuis.nl', 'hethooghuis.nl'],
    ['j.jansen@hethooghuis.nl', 'http://vwo.hethooghuis.nl:8080'],
  ])('%s proves %s', (email, website) => expect(emailMatchesWebsite(email, website)).toBe(true));

  it.each([
    ['stranger@gmail.com', 'www.hethooghuis.nl'],
    ['j@hethooghuis.nl.evil.com', 'www.hethooghuis.nl'],
    ['j@nothethooghuis.nl', 'www.hethooghuis.nl'],
    ['j@hethooghuis.com', 'www.hethooghuis.nl'],
    ['j@hethooghuis.nl', null],
    ['j@hethooghuis.nl', ''],
    ['j@hethooghuis.nl', 'geen website'],
    // A site on a shared host proves nothing about addresses there.
    ['someone@xs4all.nl', 'www.xs4all.nl/~school'],
    ['someone@wordpress.com', 'hethooghuis.wordpress.com'],
  ])('%s does not prove %s', (email, website) => expect(emailMatchesWebsite(email, website)).toBe(false));
});

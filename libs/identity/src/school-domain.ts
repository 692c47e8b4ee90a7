// Domains anyone can get an address or a site on: a school's website there proves nothing about an address there.
const SHARED_DOMAINS = new Set([
  'gmail.com',
  'google.com',
  'hotmail.com',
  'outlook.com',
  'live.nl',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'ziggo.nl',
  'kpnmail.nl',
  'kpnplanet.nl',
  'planet.nl',
  'hetnet.nl',
  'home.nl',
  'xs4all.nl',
  'wordpress.com',
  'wixsite.com',
]);

// Two labels: schools use .nl and generic top-level domains, which have no public suffixes below them.
function registrable(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.some((label) => !/^[a-z0-9-]+$/.test(label))) return null;
  return labels.slice(-2).join('.');
}

/** The host of a DUO `internetadres` ("www.hethooghuis.nl", "https://x.nl/vo/"), or null when it has none. */
function hostOf(website: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(website.trim())
    ? website.trim()
    : `http://${website.trim()}`;
  try {
    return new URL(withScheme).hostname || null;
  } catch {
    return null;
  }
}

/**
 * Whether the domain of `email` proves a link to the school with `website`: both share the registrable domain
 * (the address may be on a subdomain of it), and that domain is not one where anyone can get an address.
 */
export function emailMatchesWebsite(email: string, website: string | null): boolean {
  const host = website ? hostOf(website) : null;
  const site = host ? registrable(host) : null;
  const mailHost = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (!site || SHARED_DOMAINS.has(site) || !email.includes('@')) return false;
  return registrable(mailHost) === site;
}

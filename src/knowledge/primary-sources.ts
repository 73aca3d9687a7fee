/**
 * What counts as a primary source (issue 12): the IRS and its Taxpayer Advocate, the
 * Internal Revenue Code and Treasury regulations on official or standard statute sites, the Tax Court,
 * government publishing and archives of irs.gov pages, the D.C. Code (IRC 7503 holidays) and TIGTA.
 * A source on any other site is secondary: the fact it supports is stated as unconfirmed, or dropped.
 */
const PRIMARY_HOSTS = [
  'irs.gov',
  'uscode.house.gov',
  'ecfr.gov',
  'govinfo.gov',
  'ustaxcourt.gov',
  'code.dccouncil.gov',
  'tigta.gov',
  'treasury.gov',
];

/** Cornell's LII hosts many things; only its copies of Title 26 of the Code and of the CFR are statute text. */
const CORNELL_PATHS = ['/uscode/text/26/', '/cfr/text/26/'];

/** Government web archives: primary only for what they archive from irs.gov. */
const ARCHIVE_HOSTS = ['webharvest.gov', 'webarchive.library.unt.edu', 'cybercemetery.unt.edu'];

function onHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

export function isPrimarySource(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (PRIMARY_HOSTS.some((primary) => onHost(host, primary))) return true;
  if (onHost(host, 'law.cornell.edu')) return CORNELL_PATHS.some((path) => parsed.pathname.startsWith(path));
  if (ARCHIVE_HOSTS.some((archive) => onHost(host, archive))) {
    return /\/https?:\/{1,2}(www\.)?([a-z0-9-]+\.)*irs\.gov\//i.test(parsed.pathname);
  }
  return false;
}

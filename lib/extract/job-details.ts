// A JobPosting is clipped for the Jobs section, attributed "Organisation, Location";
// the schema spreads those over hiringOrganization and nested PostalAddress nodes.

import { asArray, isNode, type JsonLd, type JsonLdNode, namesIn, stringProp } from './json-ld';
import type { JobDetails } from './page-metadata';
import { plainText } from './text';

function place(jsonLd: JsonLd, value: unknown): string | null {
  for (const raw of asArray(value)) {
    const location = jsonLd.resolve(raw);
    if (typeof location === 'string') return plainText(location) || null;
    if (!isNode(location)) continue;
    const address = jsonLd.resolve(location.address);
    if (typeof address === 'string') return plainText(address) || null;
    if (!isNode(address)) {
      const name = stringProp(location, 'name');
      if (name) return plainText(name);
      continue;
    }
    const country = jsonLd.resolve(address.addressCountry);
    const countryName = isNode(country) ? stringProp(country, 'name') : typeof country === 'string' ? country : null;
    const parts = [stringProp(address, 'addressLocality'), countryName].filter((p): p is string => Boolean(p));
    if (parts.length > 0) return plainText(parts.join(' '));
  }
  return null;
}

export function jobDetails(jsonLd: JsonLd, job: JsonLdNode): JobDetails {
  const organization = namesIn(jsonLd, job.hiringOrganization)[0]?.name ?? null;
  const remote = stringProp(job, 'jobLocationType') === 'TELECOMMUTE' ? 'Remote' : null;
  return {
    organization: organization ? plainText(organization) : null,
    location: place(jsonLd, job.jobLocation) ?? remote,
  };
}

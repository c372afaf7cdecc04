// An Event is attributed "3 Nov 15:00–16:00 UTC, Speaker, Free": performers,
// organizer, start and end dates and price live in separate schema properties (offers may be
// a list, and a zero price means free).

import { asArray, isNode, type JsonLd, type JsonLdNode, namesIn, stringProp } from './json-ld';
import type { EventDetails } from './page-metadata';
import { plainText } from './text';

const CURRENCY_SYMBOL: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', AUD: 'A$', CAD: 'C$' };

function price(jsonLd: JsonLd, offers: unknown): string | null {
  for (const raw of asArray(offers)) {
    const offer = jsonLd.resolve(raw);
    if (!isNode(offer)) continue;
    const amount = stringProp(offer, 'price') ?? stringProp(offer, 'lowPrice');
    if (amount === null) continue;
    const value = Number(amount.replace(/[^0-9.]/g, ''));
    if (value === 0 || /free/i.test(amount)) return 'Free';
    const currency = stringProp(offer, 'priceCurrency') ?? '';
    const symbol = CURRENCY_SYMBOL[currency.toUpperCase()];
    return symbol ? `${symbol}${amount}` : `${amount}${currency ? ` ${currency}` : ''}`;
  }
  return null;
}

export function eventDetails(jsonLd: JsonLd, event: JsonLdNode): EventDetails {
  const performers = namesIn(jsonLd, event.performer)
    .map((n) => plainText(n.name))
    .filter(Boolean);
  const organizer = namesIn(jsonLd, event.organizer)[0]?.name ?? null;
  const free = event.isAccessibleForFree === true || event.isAccessibleForFree === 'true';
  return {
    performers,
    organizer: organizer ? plainText(organizer) : null,
    startDate: stringProp(event, 'startDate'),
    endDate: stringProp(event, 'endDate'),
    price: price(jsonLd, event.offers) ?? (free ? 'Free' : null),
  };
}

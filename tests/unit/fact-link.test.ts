import { describe, expect, it } from 'vitest';
import { FACTS, factById } from '../../src/content/catalog';
import { factLink, isCopyable } from '../../src/content/fact-link';
import type { FactKind } from '../../src/content/fact-types';

const factsOf = (...kinds: FactKind[]) => [...FACTS.values()].filter((fact) => kinds.includes(fact.kind));

describe('factLink', () => {
  it('dials a USSD code on Android, and not on an iPhone, a tablet or a computer', () => {
    const code = factById('jazzPostpaidBalance');
    expect(factLink(code, 'codes')).toEqual({ href: 'tel:*2222%23', newTab: false });
    expect(factLink(code, 'numbers')).toBeUndefined();
    expect(factLink(code, 'none')).toBeUndefined();
  });

  it('dials a phone number on any phone', () => {
    const helpline = factById('zongHelpline');
    expect(factLink(helpline, 'codes')).toEqual({ href: 'tel:310', newTab: false });
    expect(factLink(helpline, 'numbers')).toEqual({ href: 'tel:310', newTab: false });
    expect(factLink(helpline, 'none')).toBeUndefined();
  });

  it('opens a message to a short code on any phone', () => {
    expect(factLink(factById('ptaSms'), 'numbers')).toEqual({ href: 'sms:8484', newTab: false });
    expect(factLink(factById('ptaSms'), 'none')).toBeUndefined();
  });

  it('opens WhatsApp and sites in a new tab on every device', () => {
    for (const dialling of ['codes', 'numbers', 'none'] as const) {
      expect(factLink(factById('jazzWhatsApp'), dialling)).toEqual({ href: 'https://wa.me/923003008000', newTab: true });
      expect(factLink(factById('ptaWeb'), dialling)).toEqual({ href: 'https://dirbs.pta.gov.pk', newTab: true });
    }
  });

  it('gives every code, number and site in the content a link on Android', () => {
    for (const fact of factsOf('ussd', 'phone', 'sms', 'whatsapp', 'web')) expect(factLink(fact, 'codes'), fact.value).toBeDefined();
  });

  it('never links an APN, an app name or a menu path', () => {
    const text = factsOf('apn', 'app', 'menu');
    expect(text.length).toBeGreaterThan(0);
    for (const fact of text) expect(factLink(fact, 'codes'), fact.value).toBeUndefined();
  });
});

describe('isCopyable', () => {
  it('copies codes, numbers and sites, not APNs, app names or menu paths', () => {
    for (const fact of factsOf('ussd', 'phone', 'sms', 'whatsapp', 'web')) expect(isCopyable(fact), fact.value).toBe(true);
    for (const fact of factsOf('apn', 'app', 'menu')) expect(isCopyable(fact), fact.value).toBe(false);
  });
});

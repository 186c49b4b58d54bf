import { describe, expect, it } from 'vitest';
import { siteHref, smsHref, telHref, whatsAppHref } from '../../src/lib/dial-links';

describe('telHref', () => {
  it('keeps * and writes # as %23', () => {
    expect(telHref('*2222#')).toBe('tel:*2222%23');
    expect(telHref('*303#')).toBe('tel:*303%23');
    expect(telHref('*#06#')).toBe('tel:*%2306%23');
  });

  it('links a number as it is', () => {
    expect(telHref('111')).toBe('tel:111');
    expect(telHref('03003008000')).toBe('tel:03003008000');
    expect(telHref('+923003008000')).toBe('tel:+923003008000');
  });

  it('links nothing that is not a number or code', () => {
    for (const value of ['', 'Jazz World', '0300 3008000', '*22;22#', 'javascript:alert(1)']) expect(telHref(value)).toBeUndefined();
  });
});

describe('smsHref', () => {
  it('opens a message to the number with no text of its own', () => {
    expect(smsHref('8484')).toBe('sms:8484');
  });

  it('links nothing that is not a number', () => {
    for (const value of ['', '8484?body=x', '*8484#', 'PTA']) expect(smsHref(value)).toBeUndefined();
  });
});

describe('whatsAppHref', () => {
  it('turns a Pakistani mobile number into its international digits', () => {
    expect(whatsAppHref('03003008000')).toBe('https://wa.me/923003008000');
  });

  it('guesses at no other form', () => {
    for (const value of ['3003008000', '0300300800', '030030080001', '0423008000', '+923003008000', '0300-3008000']) {
      expect(whatsAppHref(value)).toBeUndefined();
    }
  });
});

describe('siteHref', () => {
  it('opens a host name over https', () => {
    expect(siteHref('dirbs.pta.gov.pk')).toBe('https://dirbs.pta.gov.pk');
    expect(siteHref('pta.gov.pk/en/dirbs')).toBe('https://pta.gov.pk/en/dirbs');
  });

  it('keeps a full https address', () => {
    expect(siteHref('https://dirbs.pta.gov.pk/drs')).toBe('https://dirbs.pta.gov.pk/drs');
  });

  it('links nothing else', () => {
    for (const value of ['', 'localhost', 'javascript:alert(1)', 'http://dirbs.pta.gov.pk', 'dirbs pta', 'Jazz World']) {
      expect(siteHref(value)).toBeUndefined();
    }
  });
});

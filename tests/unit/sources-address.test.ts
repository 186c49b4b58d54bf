import { describe, expect, it } from 'vitest';
import { sourcesFromAddress, urlForStep, withSourcesPage } from '../../src/journey/step-url';

describe('the sources page’s address', () => {
  it('is the step’s address with the page named, and the fact’s entry as its anchor', () => {
    expect(withSourcesPage(urlForStep('checklist', '/'), 'jazzApn')).toBe('/?step=checklist&page=sources#fact-jazzApn');
    expect(withSourcesPage(urlForStep('start', '/'), null)).toBe('/?page=sources');
    expect(withSourcesPage('/?step=checklist&a=xyz', 'rate-music')).toBe('/?step=checklist&a=xyz&page=sources#fact-rate-music');
  });

  it('is read back: shown or not, and at which entry', () => {
    expect(sourcesFromAddress('?step=checklist&page=sources', '#fact-jazzApn')).toEqual({ open: true, fact: 'jazzApn' });
    expect(sourcesFromAddress('?step=checklist&page=sources', '')).toEqual({ open: true, fact: null });
    expect(sourcesFromAddress('?step=checklist', '#fact-jazzApn')).toEqual({ open: false, fact: null });
    expect(sourcesFromAddress('?page=other', '')).toEqual({ open: false, fact: null });
  });

  it('ignores an anchor that is not an entry’s (the skip link’s, or anything typed)', () => {
    for (const hash of ['#main', '#fact-', '#fact-"><img src=x>', '#fact-a b', '#fact-%3Cscript%3E']) {
      expect(sourcesFromAddress('?page=sources', hash)).toEqual({ open: true, fact: null });
    }
  });
});

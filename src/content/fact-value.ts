import type { Fact } from './fact-types';

/** A fact's value as the person's phone shows it: the Chinese menu label where there is one. */
export function factValue(fact: Fact, language: string): string {
  return language === 'zh' && fact.valueZh ? fact.valueZh : fact.value;
}

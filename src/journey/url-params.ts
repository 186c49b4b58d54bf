/** Query parameters of the app's addresses. */
export const STEP_PARAM = 'step';
/** A shared journey: its answers, encoded by deep-link.ts. */
export const ANSWERS_PARAM = 'a';
export const LANGUAGE_PARAM = 'lang';
/** A page shown over the current step (`page=sources`: where the facts come from). */
export const PAGE_PARAM = 'page';
export const SOURCES_PAGE = 'sources';

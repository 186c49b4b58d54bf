/** The id of a step's item in the checklist, for links to it. */
export const stepAnchor = (step: string): string => `step-${step}`;

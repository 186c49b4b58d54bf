/**
 * What a ticked checklist step may be called: an ID of letters, as every step's is. Which steps exist
 * is the content's business, loaded with the checklist; a tick for a step no longer listed is kept
 * but never counted, so the shape is all the journey needs to check.
 */
const STEP_ID_SHAPE = /^[a-z][A-Za-z0-9]{0,47}$/;
/** More ticks than any checklist has steps is not a record this app wrote. */
export const MAX_TICKS = 200;

export function isTickableStep(value: unknown): value is string {
  return typeof value === 'string' && STEP_ID_SHAPE.test(value);
}

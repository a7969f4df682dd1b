/** Markers around the text eval:all --write owns in the model cards and the README. */
export const EVAL_BLOCK_START = '<!-- eval:all start (npm run eval:all -- --write) -->';
export const EVAL_BLOCK_END = '<!-- eval:all end -->';

/** `text` with the block between the markers replaced by `block` (markers kept); the markers must be there. */
export function replaceEvalBlock(text: string, block: string, where: string): string {
  const start = text.indexOf(EVAL_BLOCK_START);
  const end = text.indexOf(EVAL_BLOCK_END);
  if (start < 0 || end < start) throw new Error(`${where} has no ${EVAL_BLOCK_START} ... ${EVAL_BLOCK_END} block`);
  return `${text.slice(0, start)}${EVAL_BLOCK_START}\n${block}\n${text.slice(end)}`;
}

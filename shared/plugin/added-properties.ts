/** The properties `labeled` holds that `original` lacks or holds with another value: what labeling added or replaced. */
export function addedProperties(original: Record<string, unknown> | undefined, labeled: Record<string, unknown> | undefined): Record<string, unknown> {
  if (typeof labeled !== 'object' || labeled === null) return {};
  const before = original ?? {};
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(labeled)) {
    if (!Object.prototype.hasOwnProperty.call(before, key) || before[key] !== value) added[key] = value;
  }
  return added;
}

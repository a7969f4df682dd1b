/** What readers report as they go: the shapes they read, and shapes none of them knows. Extraction ignores both. */
export interface ShapeNotes {
  read(shape: string): void;
  unknown(what: string): void;
}

export const IGNORE_SHAPE_NOTES: ShapeNotes = { read: () => undefined, unknown: () => undefined };

/** The same notes with unknown shapes dropped: for values that may be anything (a trace's state is the app's own data). */
export const withoutUnknowns = (notes: ShapeNotes): ShapeNotes => ({ read: notes.read, unknown: () => undefined });

export function collectShapeNotes(): ShapeNotes & { readonly shapesRead: Set<string>; readonly unknownShapes: string[] } {
  const shapesRead = new Set<string>();
  const unknownShapes: string[] = [];
  return { shapesRead, unknownShapes, read: (shape) => void shapesRead.add(shape), unknown: (what) => void unknownShapes.push(what) };
}

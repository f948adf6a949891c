/**
 * Opaque list cursors: where a keyset page ended (the sort value and id of its last row), for
 * which list and order. Callers must not build or read them (the format may change), and what
 * comes back is checked strictly, since it comes from outside.
 */
export interface CursorPosition {
  /** The list (entity name): a cursor of one list is refused by another. */
  list: string;
  sortField: string;
  sortOrder: 'ASC' | 'DESC';
  /** The last row's sort value (an ISO string for a date); null when sorting by id. */
  value: string | number | null;
  id: number;
}

/** Why a cursor was refused: BAD_USER_INPUT on `after` with this reason. */
export class CursorError extends Error {}

const VERSION = 1;

export function encodeCursor(p: CursorPosition): string {
  return Buffer.from(JSON.stringify([VERSION, p.list, p.sortField, p.sortOrder === 'ASC' ? 'A' : 'D', p.value, p.id])).toString('base64url');
}

const MAX_CURSOR = 400;

/** The position of a cursor made for `list` in this order, or a CursorError saying what is wrong. */
export function decodeCursor(raw: string, expect: Pick<CursorPosition, 'list' | 'sortField' | 'sortOrder'>): CursorPosition {
  let parts: unknown;
  try {
    if (raw.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error();
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('not a cursor: pass the endCursor of a page as it came');
  }
  if (!Array.isArray(parts) || parts.length !== 6) throw new CursorError('not a cursor: pass the endCursor of a page as it came');
  const [version, list, sortField, order, value, id] = parts as unknown[];
  if (version !== VERSION || typeof list !== 'string' || typeof sortField !== 'string' || (order !== 'A' && order !== 'D') || !Number.isSafeInteger(id) || (id as number) < 1) {
    throw new CursorError('not a cursor: pass the endCursor of a page as it came');
  }
  if (!(value === null || typeof value === 'number' || (typeof value === 'string' && value.length <= 200))) throw new CursorError('not a cursor: pass the endCursor of a page as it came');
  if (list !== expect.list) throw new CursorError('a cursor of another list');
  const sortOrder = order === 'A' ? 'ASC' : 'DESC';
  if (sortField !== expect.sortField || sortOrder !== expect.sortOrder) {
    throw new CursorError(`a cursor of another order (sortField ${sortField}, sortOrder ${sortOrder}): a cursor continues the order it was made in`);
  }
  return { list, sortField, sortOrder, value: value as CursorPosition['value'], id: id as number };
}

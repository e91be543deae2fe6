/**
 * Cursors that stand for a position in an append-only sequence (the feed, the checkpoints):
 * `<prefix>:<n>` in base64url. Decoding is strict: a number beyond the safe integers is none a
 * page ever handed out (nor a bigint column holds), so it is no cursor.
 */
export const positionCursor = (prefix: string) => {
  const pattern = new RegExp(`^${prefix}:(\\d{1,16})$`);
  return {
    encode: (position: number): string =>
      Buffer.from(`${prefix}:${position}`).toString('base64url'),
    decode: (cursor: string): number | undefined => {
      const position = Number(pattern.exec(Buffer.from(cursor, 'base64url').toString())?.[1]);
      return Number.isSafeInteger(position) ? position : undefined;
    },
  };
};

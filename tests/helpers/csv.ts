/**
 * A strict RFC 4180 reader for tests: records end with CRLF, a field is
 * either plain (no quote, comma, CR or LF) or quoted with "" for a quote.
 * Anything else throws, so a cell broken across columns or rows cannot pass
 * unnoticed. A leading UTF-8 BOM is skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let row: string[] = [];
  const fail = (what: string): never => {
    throw new Error(`CSV: ${what} at ${i} (record ${rows.length + 1}, field ${row.length + 1})`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += c;
          i++;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') fail('quote or line feed in an unquoted field');
        field += text[i];
        i++;
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
    } else {
      fail('expected a comma or CRLF after a field');
    }
  }
  if (row.length > 0) fail('last record without CRLF');
  return rows;
}

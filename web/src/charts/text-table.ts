/** A table of text cells (fit results, sensitivity rankings): the first `rowHeaders` cells of a row head it. */
export interface TextTable {
  header: string[];
  rows: string[][];
  rowHeaders: number;
}

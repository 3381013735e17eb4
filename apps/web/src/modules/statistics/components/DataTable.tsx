import { Button, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type Cell, downloadCsv } from '../csv';

export interface TableRow {
  key: string;
  cells: Cell[];
  /** What the page shows in place of the cells, e.g. a link; numbers are formatted otherwise. */
  display?: ReactNode[];
}

export interface TableData {
  caption: string;
  columns: string[];
  rows: TableRow[];
  /** The CSV download's file name, without ".csv". */
  fileName: string;
}

/** A table of figures, numbers right-aligned in Norwegian format, with a CSV download of the same. */
export function DataTable({ caption, columns, rows, fileName }: TableData) {
  const { t, formatNumber } = useI18n();
  const show = (cell: Cell) => (typeof cell === 'number' ? formatNumber(cell) : cell);
  return (
    <div className="statistics-table">
      <div className="statistics-table__scroll">
        <Table data-size="sm" zebra>
          <caption className="statistics-table__caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((column) => (
                <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                {row.cells.map((cell, index) => (
                  <Table.Cell
                    key={columns[index]}
                    className={typeof cell === 'number' ? 'numeric' : undefined}
                  >
                    {row.display?.[index] ?? show(cell)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => downloadCsv(`${fileName}.csv`, [columns, ...rows.map((row) => row.cells)])}
      >
        {t('statistics.downloadCsv')}
      </Button>
    </div>
  );
}

// Turning samples into the benchmark's rows: median, min and max, the target and whether it is met,
// and the table that prints them.

/**
 * @typedef {{ id: string, label: string, unit: string, target?: { max?: number, below?: number, text: string }, worst?: boolean }} Metric
 *   target.max: met when the value is at most this; target.below: met when it is under this;
 *   worst: judge the largest sample (a target of "nothing" must hold in every run), not the median
 * @typedef {Metric & { samples: number[], median: number, min: number, max: number, met: boolean | null }} Row
 */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {Metric} metric
 * @param {number[]} samples
 * @returns {Row}
 */
export function summarise(metric, samples) {
  if (samples.length === 0 || samples.some((value) => !Number.isFinite(value))) {
    throw new Error(`No valid measurement for "${metric.label}": ${JSON.stringify(samples)}`);
  }
  const row = { ...metric, samples, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
  const judged = metric.worst ? row.max : row.median;
  const { target } = metric;
  const met = !target ? null : target.max !== undefined ? judged <= target.max : judged < /** @type {number} */ (target.below);
  return { ...row, met };
}

/** Decimals for a row's values: as many as the size of its median calls for. */
function decimals(row) {
  if (row.unit === '×') return 3;
  const size = Math.abs(row.median);
  return size >= 100 || row.samples.every(Number.isInteger) ? 0 : size >= 10 ? 1 : 2;
}

/** A value in the row's unit. */
function format(value, row) {
  const number = value.toFixed(decimals(row));
  return row.unit === '×' ? `${number}×` : `${number} ${row.unit}`;
}

/**
 * The printed table: one line per row, a heading line per section.
 * @param {Array<Row | string>} rows a string is a section heading
 */
export function table(rows) {
  const header = ['metric', 'median', 'min', 'max', 'target', 'result'];
  const lines = rows.map((row) =>
    typeof row === 'string'
      ? row
      : [
          `  ${row.label}`,
          format(row.median, row),
          format(row.min, row),
          format(row.max, row),
          row.target?.text ?? '',
          row.met === null ? '' : row.met ? 'met' : 'MISSED',
        ],
  );
  const cells = [header, ...lines.filter((line) => typeof line !== 'string')];
  const widths = header.map((_, column) => Math.max(...cells.map((cell) => String(cell[column]).length)));
  const render = (cell) => cell.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
  return [render(header), ...lines.map((line) => (typeof line === 'string' ? line : render(line)))].join('\n');
}

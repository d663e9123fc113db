// Shortens a label to fit a chart margin; the full text stays in the table beside the chart.
export const truncate = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`);

// Puts an Observable Plot chart in the page at the width of its container, redrawn when that
// width changes (phone to desktop). Plot adds a <style> element to every chart; under the page's
// CSP (style-src 'self', web/CSP.md) the browser would refuse it and report a violation, so it is
// removed before the chart enters the document and styles/plots.css carries the same rules.
import { useEffect, useRef, useState, type RefObject } from 'react';

interface Props {
  /** Draws the chart for a width in CSS pixels. */
  readonly draw: (width: number) => Element;
  /** Changes when the data does: the chart is redrawn. */
  readonly drawKey: string;
  readonly className?: string;
}

export function PlotFigure({ draw, drawKey, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  useEffect(() => {
    const host = ref.current;
    if (!host || width === 0) return;
    const chart = draw(width);
    for (const style of chart.querySelectorAll('style')) style.remove();
    host.replaceChildren(chart);
    // `draw` is a fresh closure each render; drawKey names the data it draws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawKey, width]);
  return <div ref={ref} className={className ? `plot-host ${className}` : 'plot-host'} />;
}

function useWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Round to 10 px so a scrollbar appearing does not redraw the chart in a loop.
    const measure = () => setWidth(Math.max(280, Math.round(el.clientWidth / 10) * 10));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

'use client';

import dynamic from 'next/dynamic';

/**
 * The weekly chart, loaded once the page is showing: the charting library is most of the JavaScript of
 * this page, and the figures are already on it as a table. Until it arrives its space is kept, so the
 * page does not jump.
 */
export const WeeklyChartLater = dynamic(() => import('./weekly-chart').then((m) => m.WeeklyChart), {
  ssr: false,
  loading: () => <div className="app-chart app-chart--waiting" aria-hidden="true" />,
});

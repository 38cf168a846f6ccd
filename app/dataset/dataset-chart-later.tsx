'use client';

import dynamic from 'next/dynamic';

/**
 * A dataset chart, loaded once the page is showing: the charting library is most of the page's
 * JavaScript, and every figure is already on the page as a table. Its space is kept until it arrives.
 */
export const DatasetChartLater = dynamic(() => import('./dataset-chart').then((m) => m.DatasetChart), {
  ssr: false,
  loading: () => <div className="app-chart app-chart--waiting" aria-hidden="true" />,
});

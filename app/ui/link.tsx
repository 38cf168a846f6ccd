import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to a page of the app: next/link's navigation without its prefetching (decision 0025). Every
 * page here is drawn for its viewer on request, so a prefetch could fetch only the route's outline, and
 * a page's 20 to 50 links each cost the server a request as soon as they scrolled into view: five times
 * the work of the page itself, for every page a user opened.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}

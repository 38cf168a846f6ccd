'use client';

import { usePathname } from 'next/navigation';
import { PrimaryNavigation } from './ui/header';

export interface NavigationSection {
  href: string;
  label: string;
}

/** The sections the layout found the viewer may use (app/navigation.ts), marked where the viewer is. */
export function SiteNavigation({ sections }: { sections: NavigationSection[] }) {
  const path = usePathname();
  const items = sections.map((s) => ({ ...s, current: s.href === '/' ? path === '/' : path.startsWith(s.href) }));
  return <PrimaryNavigation items={items} label="Main" />;
}

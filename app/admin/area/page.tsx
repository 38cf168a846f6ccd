import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getAreaSettings } from '@/lib/areas/settings';
import { orRefuse } from '../../_lib/guard';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { AreaSettingsForm } from './area-settings-form';

export const metadata: Metadata = { title: 'Area settings' };
export const dynamic = 'force-dynamic';

/** The settings of the area its administrator keeps. */
export default async function AreaSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requireViewer();
  const settings = await orRefuse(getAreaSettings(viewer));
  const saved = (await searchParams).saved === '1';
  return (
    <>
      {saved ? <NotificationBanner type="success">Settings saved</NotificationBanner> : null}
      <PageHeading caption={`Administration · ${settings.name}`}>Area settings</PageHeading>
      <AreaSettingsForm adultFemalePopulation={settings.adultFemalePopulation} />
    </>
  );
}

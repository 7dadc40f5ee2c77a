import { i18n } from '#i18n';
import { ExportSection } from './ExportSection';
import { FileSection } from './FileSection';
import { ImagesSection } from './ImagesSection';
import { OtherSitesSection } from './OtherSitesSection';
import { ReaderSection } from './ReaderSection';
import { SitesSection } from './SitesSection';
import { UserRulesSection } from './UserRulesSection';
import { useSettings } from './use-settings';

export function OptionsApp() {
  const { settings, setSettings, change, status, setStatus } = useSettings();
  return (
    <>
      <h1>{i18n.t('options.title')}</h1>
      <p class="status" role="status" aria-live="polite" data-kind={status?.kind}>
        {status?.text ?? ''}
      </p>
      {settings && (
        <>
          <ExportSection settings={settings} change={change} />
          <ImagesSection settings={settings} change={change} />
          <SitesSection settings={settings} change={change} />
          <OtherSitesSection />
          <ReaderSection settings={settings} change={change} />
          <UserRulesSection />
          <FileSection settings={settings} onReplaced={setSettings} onStatus={setStatus} />
          <p class="note">{i18n.t('options.shortcuts')}</p>
        </>
      )}
    </>
  );
}

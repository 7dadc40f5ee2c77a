/** The popup's clipper block: save every open Sina article, and a way to the options page. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { BatchSave } from './BatchSave';

export function ClipperTools() {
  return (
    <div class="clipper-tools">
      <BatchSave />
      <button type="button" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('clipper.openOptions')}
      </button>
    </div>
  );
}

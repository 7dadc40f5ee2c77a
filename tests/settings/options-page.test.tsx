/**
 * The options page's components against the fake browser's storage: a change is stored at once,
 * the preview follows it (the real exporter on the sample article), a preset reset removes only
 * that preset's overrides, and an imported file replaces the settings.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { SETTINGS_FILE_APP } from '@/utils/settings-file';
import { getMessageFor } from '../support/locale-messages';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

function change(el: Element | null, value: string): void {
  if (!el) throw new Error('no element');
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

async function stored(): Promise<Record<string, unknown>> {
  return ((await fakeBrowser.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
}

describe('options page', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = getMessageFor('zh_CN') as never;
    document.body.replaceChildren();
    root = document.createElement('main');
    document.body.append(root);
    render(<OptionsApp />, root);
    await settle();
  });

  it('shows the effective hexo options and a preview of the archive shape', () => {
    const author = root.querySelector<HTMLInputElement>('[data-preset="hexo"] input[name="author"]');
    expect(author?.value).toBe('新浪财经');
    expect(root.querySelector('[data-preview="filename"]')?.textContent).toBe('文件名：景俊海韩俊率队与国家有关部委举行工作会谈.md');
    const fm = root.querySelector('[data-preview="front-matter"]')?.textContent ?? '';
    expect(fm).toContain("title: '景俊海韩俊率队与国家有关部委举行工作会谈'");
    expect(fm).toContain('date: Mon, 25 Jul 2022 14:31:46 GMT');
  });

  it('stores a change at once and the preview follows it', async () => {
    change(root.querySelector('[data-preset="hexo"] input[name="author"]'), '我自己');
    change(root.querySelector('[data-preset="hexo"] input[name="filenamePattern"]'), '{date}-{docid}');
    await settle();
    expect((await stored()).presets).toEqual({ hexo: { author: '我自己', filenamePattern: '{date}-{docid}' } });
    expect(root.querySelector('[data-preview="filename"]')?.textContent).toBe('文件名：2022-07-25-imizirav5391234.md');
    expect(root.querySelector('[data-preview="front-matter"]')?.textContent).toContain('author: 我自己');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('已保存');
  });

  it('markdown for Obsidian/Hugo: ISO dates and a tags list in the preview', async () => {
    change(root.querySelector('select[name="editPreset"]'), 'markdown');
    await settle();
    const fm = root.querySelector('[data-preview="front-matter"]')?.textContent ?? '';
    expect(fm).toContain('date: "2022-07-25T14:31:46Z"'); // quoted: stays a string for every YAML reader
    expect(fm).toMatch(/tags:\n - 吉林\n - 卫生健康/);
  });

  it('resetting a preset removes only its overrides', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, presets: { hexo: { author: 'a' }, markdown: { author: 'b' } } } });
    await settle();
    root.querySelector<HTMLButtonElement>('[data-preset="hexo"] [data-action="reset-preset"]')?.click();
    await settle();
    expect((await stored()).presets).toEqual({ markdown: { author: 'b' } });
  });

  it('image handling and per-site switches are stored', async () => {
    root.querySelector<HTMLInputElement>('input[name="imageMode"][value="local"]')?.click();
    await settle();
    root.querySelector<HTMLInputElement>('tr[data-host="tech.sina.com.cn"] input[name="clean"]')?.click();
    await settle();
    root.querySelector<HTMLInputElement>('tr[data-host="finance.sina.cn"] input[name="autoReader"]')?.click();
    await settle();
    const s = await stored();
    expect(s.images).toEqual({ mode: 'local', folderPattern: '{name}' });
    expect(s.cleanDisabledHosts).toEqual(['tech.sina.com.cn']);
    expect(s.autoReaderHosts).toEqual(['finance.sina.cn']);
  });

  it('a host added with default switches is stored and still listed after a reload; it can be removed again', async () => {
    const addHost = async (value: string) => {
      const input = root.querySelector<HTMLInputElement>('input[name="newHost"]');
      if (!input) throw new Error('no host input');
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      root.querySelector<HTMLFormElement>('form.add-host')?.requestSubmit();
      await settle();
    };
    await addHost(' Blog.Sina.com.cn ');
    expect((await stored()).listedHosts).toEqual(['blog.sina.com.cn']);
    // The page opened again (as after closing the tab): the row is there, switches at their defaults.
    render(null, root);
    render(<OptionsApp />, root);
    await settle();
    const row = root.querySelector('tr[data-host="blog.sina.com.cn"]');
    expect(row?.querySelector<HTMLInputElement>('input[name="clean"]')?.checked).toBe(true);
    expect(row?.querySelector<HTMLInputElement>('input[name="autoReader"]')?.checked).toBe(false);
    // Known hosts have no remove button; a listed one twice, or a foreign one, is refused.
    expect(root.querySelector('tr[data-host="finance.sina.com.cn"] [data-action="remove-host"]')).toBeNull();
    await addHost('blog.sina.com.cn');
    expect(root.querySelector('#host-error')?.textContent).toBe('已在列表中：blog.sina.com.cn');
    await addHost('example.com');
    expect(root.querySelector('#host-error')?.textContent).toBe('不是本扩展支持的新浪或其他新闻网站的域名：example.com');
    expect((await stored()).listedHosts).toEqual(['blog.sina.com.cn']);
    // Its switch changed, then the row removed: gone from every list.
    row?.querySelector<HTMLInputElement>('input[name="autoReader"]')?.click();
    await settle();
    expect((await stored()).autoReaderHosts).toEqual(['blog.sina.com.cn']);
    root.querySelector<HTMLButtonElement>('tr[data-host="blog.sina.com.cn"] [data-action="remove-host"]')?.click();
    await settle();
    const s = await stored();
    expect([s.listedHosts, s.autoReaderHosts, s.cleanDisabledHosts]).toEqual([[], [], []]);
    expect(root.querySelector('tr[data-host="blog.sina.com.cn"]')).toBeNull();
  });

  it('imports a settings file and refuses a foreign one', async () => {
    const input = root.querySelector<HTMLInputElement>('input[name="importSettings"]');
    if (!input) throw new Error('no file input');
    const pick = async (text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 's.json')] });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    };
    await pick('{"name":"not ours"}');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('无法导入：这不是本扩展的设置文件');
    await pick(JSON.stringify({ app: SETTINGS_FILE_APP, settings: { format: 'md', theme: 'system' } }));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('已导入设置');
    expect((await stored()).defaultPreset).toBe('markdown');
    expect(root.querySelector<HTMLSelectElement>('select[name="defaultPreset"]')?.value).toBe('markdown');
  });
});

/** The undo journal behind "cleaning off restores the page at once" (utils/dom-journal.ts). */
import { describe, expect, it } from 'vitest';
import { createDomJournal } from '@/utils/dom-journal';

const PAGE = `<div id="artibody"><p>一</p><ins class="sinaads">ad</ins><p id="two" class="x">二</p>
<iframe></iframe><div class="wrap"><iframe></iframe><span>尾</span></div></div>`;

function page(): HTMLElement {
  document.body.innerHTML = PAGE;
  return document.body;
}

describe('dom journal', () => {
  it('puts removed nodes back where they were, in order', () => {
    const body = page();
    const before = body.innerHTML;
    const j = createDomJournal(body);
    j.record(() => body.querySelectorAll('ins, iframe').forEach((n) => n.remove()));
    expect(body.querySelectorAll('ins, iframe').length).toBe(0);
    j.undo();
    expect(body.innerHTML).toBe(before);
    expect(j.size).toBe(0);
  });

  it('undoes attribute, text and insertion changes made over several recordings', () => {
    const body = page();
    const before = body.innerHTML;
    const j = createDomJournal(body);
    j.record(() => {
      body.querySelector('#two')!.setAttribute('class', 'y');
      body.querySelector('#two')!.setAttribute('data-new', '1');
      body.querySelector('#two')!.firstChild!.nodeValue = '2';
    });
    j.record(() => {
      body.querySelector('.wrap')!.remove();
      body.querySelector('#artibody')!.prepend(document.createElement('hr'));
    });
    expect(body.innerHTML).not.toBe(before);
    j.undo();
    expect(body.innerHTML).toBe(before);
  });

  it('records nothing it did not see: changes outside record() stay', () => {
    const body = page();
    const j = createDomJournal(body);
    body.querySelector('ins')!.remove();
    const after = body.innerHTML;
    j.undo();
    expect(body.innerHTML).toBe(after);
  });

  it('returns what the recorded function returns', () => {
    const j = createDomJournal(page());
    expect(j.record(() => 42)).toBe(42);
  });
});

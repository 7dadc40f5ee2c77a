/**
 * The controls a screenshot shows, as data: every button, select, input and textarea under a root,
 * with the label a user reads. `npm run docs:screenshots` writes the list of the popup and the
 * reader beside the images (docs/screenshots/controls.json); tests/docs/screenshot-controls.test.tsx
 * renders the same components and compares, so a control added later fails until the screenshots
 * are taken again.
 *
 * One self-contained function: scripts/demo.ts sends its source to the page.
 */
export interface Control {
  /** `button`, `select`, `textarea` or `input:<type>`. */
  control: string;
  /** `data-action`, else the form name. */
  id: string;
  /** aria-label, else the button's text, else the text before the control in its <label>. */
  label: string;
}

export function listControls(root: ParentNode): Control[] {
  const tidy = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  return [...root.querySelectorAll<HTMLElement>('button, select, input, textarea')].map((el) => {
    const tag = el.tagName.toLowerCase();
    const label = el.closest('label');
    let before = '';
    for (const node of label ? [...label.childNodes] : []) {
      if (node === el || node.contains(el)) break;
      before += node.textContent ?? '';
    }
    return {
      control: tag === 'input' ? `input:${el.getAttribute('type') ?? 'text'}` : tag,
      id: el.getAttribute('data-action') ?? el.getAttribute('name') ?? '',
      label: tidy(el.getAttribute('aria-label')) || (tag === 'button' ? tidy(el.textContent) : tidy(before)),
    };
  });
}

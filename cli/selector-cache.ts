/**
 * linkedom compiles a CSS selector with css-select on every querySelector/querySelectorAll/
 * matches/closest call, and utils/ extraction asks the same ~70 selector strings ~100 times a
 * Sina page. In the command line (Node only) those four methods are replaced, for HTML documents,
 * by the same walk with the compiled test kept per selector string. css-select is ESM-only, so
 * the cache cannot go under linkedom; its adapter (linkedom/esm/shared/matches.js, not exported)
 * is reproduced here, and its private tree links are found by their symbol names.
 * `:scope` selectors, XML documents and anything unexpected go to linkedom's own methods.
 */
import { compile } from 'css-select';
import { NodeList, parseHTML } from 'linkedom';

type Test = (el: LNode) => boolean;

interface LNode {
  nodeType: number;
  localName: string;
  data?: string;
  childNodes: LNode[];
  parentNode: LNode | null;
  parentElement: LNode | null;
  ownerDocument: LNode | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
  [link: symbol]: LNode;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const isTag = (n: LNode): boolean => n.nodeType === ELEMENT_NODE;
const children = (n: LNode): LNode[] => n.childNodes;

function text(node: LNode | LNode[]): string {
  if (Array.isArray(node)) return node.map(text).join('');
  if (isTag(node)) return text(children(node));
  return node.nodeType === TEXT_NODE ? (node.data ?? '') : '';
}

function findAll(test: Test, nodes: LNode[]): LNode[] {
  const found: LNode[] = [];
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (test(n)) found.push(n);
    found.push(...findAll(test, children(n)));
  }
  return found;
}

function findOne(test: Test, nodes: LNode[]): LNode | null {
  for (const n of nodes) {
    if (test(n)) return n;
    const inner = findOne(test, children(n));
    if (inner) return inner;
  }
  return null;
}

function removeSubsets(nodes: LNode[]): LNode[] {
  let i = nodes.length;
  while (i--) {
    const node = nodes[i]!;
    if (i && nodes.lastIndexOf(node, i - 1) > -1) {
      nodes.splice(i, 1);
      continue;
    }
    for (let p = node.parentNode; p; p = p.parentNode) {
      if (nodes.includes(p)) {
        nodes.splice(i, 1);
        break;
      }
    }
  }
  return nodes;
}

/** linkedom's css-select adapter for HTML documents (names lower-cased). */
const adapter = {
  isTag,
  existsOne: (test: Test, nodes: LNode[]): boolean => nodes.some((n) => isTag(n) && (test(n) || adapter.existsOne(test, children(n)))),
  getAttributeValue: (el: LNode, name: string) => (name === 'class' ? (el.getAttributeNode('class')?.value ?? null) : el.getAttribute(name)),
  getChildren: children,
  getName: (el: LNode) => el.localName.toLowerCase(),
  getParent: (el: LNode) => el.parentNode,
  getSiblings: (el: LNode) => (el.parentNode ? children(el.parentNode) : el),
  getText: text,
  hasAttrib: (el: LNode, name: string) => el.hasAttribute(name),
  removeSubsets,
  findAll,
  findOne,
};

const compiled = new Map<string, Test>();

function testFor(selectors: string): Test {
  let test = compiled.get(selectors);
  if (!test) {
    test = compile(selectors, { xmlMode: false, adapter } as unknown as Parameters<typeof compile>[1]) as unknown as Test;
    compiled.set(selectors, test);
  }
  return test;
}

/** linkedom's record of a document's type (its `ignoreCase` is true for HTML), set by installSelectorCache. */
let MIME: symbol | undefined;

/** The node's document is an HTML one (names compared lower-cased) and the selector needs no context element. */
const cacheable = (node: LNode, selectors: string): boolean =>
  typeof selectors === 'string' && !selectors.includes(':scope') &&
  ((node.ownerDocument ?? node)[MIME!] as unknown as { ignoreCase?: boolean } | undefined)?.ignoreCase === true;

function closestMatch(start: LNode, test: Test): LNode | null {
  for (let n: LNode | null = start; n; n = n.parentElement) if (test(n)) return n;
  return null;
}

function symbolNamed(obj: object, name: string): symbol {
  const s = Object.getOwnPropertySymbols(obj).find((sym) => sym.description === name);
  if (!s) throw new Error(`linkedom changed: no '${name}' link on its nodes`);
  return s;
}

/** The prototype that defines `method` for `obj`. */
function owner(obj: object, method: string): Record<string, unknown> {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.hasOwn(p, method)) return p as Record<string, unknown>;
  }
  throw new Error(`linkedom changed: no ${method}`);
}

let installed = false;

/** Replaces the four selector methods of linkedom's nodes, once per process. */
export function installSelectorCache(): void {
  if (installed) return;
  installed = true;
  const { document } = parseHTML('<!DOCTYPE html><html><body><p>x</p></body></html>');
  const p = document.querySelector('p') as unknown as object;
  const NEXT = symbolNamed(p, 'next');
  const END = symbolNamed(p, 'end');
  MIME = symbolNamed(document, 'mime');

  // querySelector/querySelectorAll: linkedom's walk (parent-node.js), the contents of <template> skipped.
  const step = (n: LNode): LNode => (n.nodeType === ELEMENT_NODE && n.localName === 'template' ? n[END]! : n[NEXT]!);
  for (const proto of new Set([owner(document, 'querySelector'), owner(p, 'querySelector')])) {
    const qs = proto.querySelector as (this: LNode, s: string) => LNode | null;
    const qsa = proto.querySelectorAll as (this: LNode, s: string) => LNode[];
    proto.querySelector = function (this: LNode, selectors: string): LNode | null {
      if (!cacheable(this, selectors)) return qs.call(this, selectors);
      const test = testFor(selectors);
      const end = this[END];
      for (let n = this[NEXT]!; n !== end; n = step(n)) if (n.nodeType === ELEMENT_NODE && test(n)) return n;
      return null;
    };
    proto.querySelectorAll = function (this: LNode, selectors: string): LNode[] {
      if (!cacheable(this, selectors)) return qsa.call(this, selectors);
      const test = testFor(selectors);
      const found = new NodeList() as unknown as LNode[];
      const end = this[END];
      for (let n = this[NEXT]!; n !== end; n = step(n)) if (n.nodeType === ELEMENT_NODE && test(n)) found.push(n);
      return found;
    };
  }

  const el = owner(p, 'matches');
  const matches = el.matches as (this: LNode, s: string) => boolean;
  el.matches = function (this: LNode, selectors: string): boolean {
    return cacheable(this, selectors) ? testFor(selectors)(this) : matches.call(this, selectors);
  };
  const closestOwner = owner(p, 'closest');
  const closest = closestOwner.closest as (this: LNode, s: string) => LNode | null;
  closestOwner.closest = function (this: LNode, selectors: string): LNode | null {
    if (!cacheable(this, selectors)) return closest.call(this, selectors);
    return closestMatch(this, testFor(selectors));
  };
}

/** How many selector strings have been compiled so far (tests: the cache is in use). */
export function compiledSelectorCount(): number {
  return compiled.size;
}

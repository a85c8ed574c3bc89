// The one way the explorer builds DOM: createElement + textContent, never innerHTML, so that text
// from ingested documents is always shown as text. Small helpers only; no state here.

/** Properties {@link el} knows how to set. */
export interface ElementProps {
  className?: string;
  text?: string;
  title?: string;
  id?: string;
  type?: string;
  href?: string;
  /** Attributes set with setAttribute (aria-*, data-*, role…). */
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

/** A child: an element, a text (made a text node) or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates an element with properties and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title) element.title = props.title;
  if (props.id) element.id = props.id;
  if (props.type) element.setAttribute("type", props.type);
  if (props.href !== undefined) element.setAttribute("href", props.href);
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  const onClick = props.onClick;
  if (onClick) element.addEventListener("click", (event) => onClick(event as MouseEvent));
  append(element, children);
  return element;
}

/** Appends children (strings as text nodes) to a parent. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A button with a text label. */
export function button(
  text: string,
  onClick: (event: MouseEvent) => void,
  props: ElementProps = {},
): HTMLButtonElement {
  return el("button", { type: "button", text, onClick, ...props });
}

/** Starts a download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, attrs: { download: fileName } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

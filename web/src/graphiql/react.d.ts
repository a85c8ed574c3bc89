// The little of React's and react-dom's API the GraphiQL page uses (React ships no types and the
// page needs only these two calls, so @types/react is not a dependency).

declare module "react" {
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
}

declare module "react-dom/client" {
  export interface Root {
    render(element: unknown): void;
  }
  export function createRoot(container: Element): Root;
}

// Bitmap panning for big graphs: while the mouse drags the stage, the frame already drawn is moved
// with a CSS transform (the compositor moves it: no WebGL frame), and sigma's camera is set to the
// equivalent state once, when the drag ends or pauses; the transform is cleared in the frame that
// draws the new camera, so the picture does not jump. DOM and sigma only; no store, no state.
//
// Why: drawing a frame of a big graph is the cost of a pan, not JavaScript. In headless chromium
// with software WebGL, each new WebGL frame is read back from the GPU emulation (~170 ms for the
// two 1280×800 WebGL layers), whatever the number of nodes; on a real GPU a frame of 50k edges is
// still the expensive part. A translated bitmap costs a composite. Areas the moved bitmap leaves
// uncovered show the background until the drag ends (or pauses); there is no inertia glide and no
// hover while dragging. Wheel zoom, clicks, touch and small graphs keep sigma's own behaviour.
//
// How: sigma's mouse captor pans the camera on each `mousemove` while the button is down, and its
// renderer picks the node under the pointer on each one (a GPU read that can start a highlight
// render). Its `preventSigmaDefault` stops the first, not the second, so the moves of a drag this
// module owns are stopped before they reach sigma (a capture listener on window), and the click
// that ends a real drag is stopped too (sigma would otherwise take it for a click: it counts drag
// moves only from the events it sees).

import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";

/** The layer sigma listens on; every other layer is moved with the drag. */
const MOUSE_LAYER = "mouse";

/** A drag held still this long (ms) with the button down is drawn at its current position. */
export const PAN_PAUSE_MS = 200;

/** The handle returned by `attachBitmapPan`. */
export interface BitmapPan {
  /** Whether drags of the stage move the bitmap (big graphs) or sigma's camera at each move (sigma's default). */
  enabled: boolean;
  /** True between the mouse down on the stage and its release, while this module owns the drag. */
  readonly dragging: boolean;
  /** Removes the listeners (and draws the pending camera). */
  kill(): void;
}

/**
 * Attaches bitmap panning to `sigma` (off until `enabled` is set). The container gets
 * `data-pan="bitmap"` or `data-pan="redraw"` to tell which one applies.
 */
export function attachBitmapPan<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  options: { pauseMs?: number } = {},
): BitmapPan {
  const pauseMs = options.pauseMs ?? PAN_PAUSE_MS;
  const container = sigma.getContainer();
  const canvases = sigma.getCanvases();
  const mouseLayer = canvases[MOUSE_LAYER];
  if (!mouseLayer) throw new Error(`bitmap-pan: sigma should have a "${MOUSE_LAYER}" layer, found none.`);
  const moved = Object.entries(canvases)
    .filter(([name]) => name !== MOUSE_LAYER)
    .map(([, canvas]) => canvas);
  const camera = sigma.getCamera();

  let enabled = false;
  let owned = false;
  /** Moves of the current drag, compared with sigma's tolerance to tell a drag from a click. */
  let moves = 0;
  let suppressClick = false;
  /** Pointer, in the container's pixels. */
  let pointer: Coordinates = { x: 0, y: 0 };
  /** Where the pointer was for the camera's current state. */
  let cameraAnchor: Coordinates = { x: 0, y: 0 };
  /** Where the pointer was for the frame on screen (the camera of the last render). */
  let drawnAnchor: Coordinates = { x: 0, y: 0 };
  let translated = false;
  let pauseTimer: number | null = null;

  const position = (event: MouseEvent): Coordinates => {
    const box = container.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  /** Moves the drawn layers by the pointer's travel since the frame on screen was drawn. */
  const place = () => {
    const dx = pointer.x - drawnAnchor.x;
    const dy = pointer.y - drawnAnchor.y;
    const transform = dx !== 0 || dy !== 0 ? `translate(${dx}px, ${dy}px)` : "";
    if (transform === "" && !translated) return;
    translated = transform !== "";
    for (const canvas of moved) canvas.style.transform = transform;
  };

  const clearPause = () => {
    if (pauseTimer !== null) window.clearTimeout(pauseTimer);
    pauseTimer = null;
  };

  /** Sets the camera to the pointer's travel since the last commit (as sigma's drag would have). */
  const commit = () => {
    clearPause();
    if (pointer.x === cameraAnchor.x && pointer.y === cameraAnchor.y) return;
    const from = sigma.viewportToFramedGraph(cameraAnchor);
    const to = sigma.viewportToFramedGraph(pointer);
    const before = camera.getState();
    camera.setState({ x: before.x + from.x - to.x, y: before.y + from.y - to.y });
    cameraAnchor = pointer;
    const after = camera.getState();
    // A camera that did not move (bounds) schedules no render: the frame on screen is already right.
    if (after.x === before.x && after.y === before.y) {
      drawnAnchor = cameraAnchor;
      place();
    }
  };

  // Each render draws the camera's current state: the bitmap then only lags the moves since.
  const onRender = () => {
    if (!owned && !translated) return;
    drawnAnchor = cameraAnchor;
    place();
  };

  const onDown = (event: MouseEvent) => {
    suppressClick = false;
    if (owned) {
      // A release the page never saw (outside the window): finish that drag first.
      commit();
      owned = false;
    }
    if (!enabled || event.button !== 0) return;
    owned = true;
    moves = 0;
    pointer = position(event);
    cameraAnchor = pointer;
    drawnAnchor = pointer;
  };

  const onMove = (event: MouseEvent) => {
    if (!owned) return;
    if ((event.buttons & 1) === 0) {
      // Released where the page could not see it: the drag ended at the last position seen.
      commit();
      owned = false;
      return;
    }
    // sigma would pan the camera and pick the node under the pointer: neither is wanted meanwhile.
    event.stopPropagation();
    event.preventDefault();
    moves++;
    pointer = position(event);
    place();
    clearPause();
    pauseTimer = window.setTimeout(commit, pauseMs);
  };

  const onUp = (event: MouseEvent) => {
    if (!owned || event.button !== 0) return;
    pointer = position(event);
    commit();
    owned = false;
    suppressClick = moves >= sigma.getSetting("draggedEventsTolerance");
    // The click, when there is one, comes with this release; none comes when it was let go outside.
    if (suppressClick) window.setTimeout(() => (suppressClick = false), 0);
  };

  const onClick = (event: MouseEvent) => {
    if (!suppressClick) return;
    suppressClick = false;
    event.stopPropagation();
  };

  // A wheel zoom during a drag zooms around the point under the pointer: the camera must be there.
  const onWheel = () => {
    if (owned) commit();
  };

  mouseLayer.addEventListener("mousedown", onDown);
  window.addEventListener("mousemove", onMove, { capture: true });
  window.addEventListener("mouseup", onUp, { capture: true });
  window.addEventListener("click", onClick, { capture: true });
  window.addEventListener("wheel", onWheel, { capture: true, passive: true });
  sigma.on("afterRender", onRender);

  const setMode = () => {
    container.dataset.pan = enabled ? "bitmap" : "redraw";
    // Layers of their own: moving them is then a compositor change, with no repaint.
    for (const canvas of moved) canvas.style.willChange = enabled ? "transform" : "";
  };
  setMode();

  return {
    get enabled() {
      return enabled;
    },
    set enabled(value: boolean) {
      if (value === enabled) return;
      if (!value && owned) {
        commit();
        owned = false;
      }
      enabled = value;
      setMode();
    },
    get dragging() {
      return owned;
    },
    kill() {
      if (owned) commit();
      owned = false;
      clearPause();
      mouseLayer.removeEventListener("mousedown", onDown);
      window.removeEventListener("mousemove", onMove, { capture: true });
      window.removeEventListener("mouseup", onUp, { capture: true });
      window.removeEventListener("click", onClick, { capture: true });
      window.removeEventListener("wheel", onWheel, { capture: true });
      sigma.removeListener("afterRender", onRender);
      drawnAnchor = cameraAnchor;
      place();
      delete container.dataset.pan;
    },
  };
}

// PNG export of what sigma shows: its layers (WebGL and 2D canvases) drawn in order over a white
// background right after a synchronous render, while the WebGL buffers still hold the frame.

import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

/** Renders the current view into a PNG Blob at the screen's pixel ratio. */
export function renderPng<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  background = "#ffffff",
): Promise<Blob> {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("export: a 2D canvas context should be available, found none."));
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of Object.values(sigma.getCanvases())) {
    context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("export: the PNG should encode, found no data."))),
      "image/png",
    );
  });
}

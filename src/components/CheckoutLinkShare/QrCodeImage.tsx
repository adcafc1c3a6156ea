'use client';
import { useDeferredValue, useMemo } from 'react';
import type { QrCodeMessages } from '../../messages';
import { drawQrCode, qrCodeSvgDocument, type QrCodeDrawing } from './qrCodeDrawing';

/** Props of `QrCodeImage`. */
export interface QrCodeImageProps {
  /** What the code holds: the link, with the composer's options when there are any. */
  text: string;
  messages: QrCodeMessages;
}

/** Pixels per module in the PNG: a 2,000-character link's ~180 modules make a ~1,400 px image. */
const PNG_SCALE = 8;

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The download reads the blob after click() returns; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function savePng(drawing: QrCodeDrawing, fileName: string) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = drawing.size * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(PNG_SCALE, PNG_SCALE);
  context.fillStyle = '#000';
  context.fill(new Path2D(drawing.path));
  canvas.toBlob((blob) => blob && saveFile(blob, `${fileName}.png`), 'image/png');
}

/**
 * The QR code of `text` as an inline SVG image, with buttons that save it as SVG or PNG. This
 * module and the encoder load only when the share panel shows a code (`React.lazy`).
 */
export default function QrCodeImage({ text, messages }: QrCodeImageProps) {
  // Typing in the composer changes the link on every key: the code follows when React has time.
  const deferredText = useDeferredValue(text);
  const drawing = useMemo(() => drawQrCode(deferredText), [deferredText]);
  return (
    <div className="pcl-qr" data-stale={deferredText === text ? undefined : ''}>
      <svg
        className="pcl-qr__image"
        role="img"
        aria-label={messages.imageLabel}
        viewBox={`0 0 ${drawing.size} ${drawing.size}`}
        shapeRendering="crispEdges"
      >
        {/* Dark on white in every theme: scanners read dark modules on a light ground. */}
        <rect width={drawing.size} height={drawing.size} fill="#fff" />
        <path d={drawing.path} fill="#000" />
      </svg>
      <span className="pcl-actions">
        <button
          type="button"
          className="pcl-button"
          onClick={() => saveFile(new Blob([qrCodeSvgDocument(drawing, messages.imageLabel)], { type: 'image/svg+xml' }), `${messages.fileName}.svg`)}
        >
          {messages.downloadSvg}
        </button>
        <button type="button" className="pcl-button" onClick={() => savePng(drawing, messages.fileName)}>
          {messages.downloadPng}
        </button>
      </span>
    </div>
  );
}

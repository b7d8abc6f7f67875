import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * `text` as a QR code: an SVG in an <img> (a data URL, which the CSP's img-src allows; no
 * canvas needed), with `alt` naming what it is for.
 */
export function QrCodeImage({ text, alt }: { text: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void qrSvg(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }).then((svg) => {
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return src ? <img className="qr-code" src={src} alt={alt} /> : <div className="qr-code" />;
}

import type { ActivationCode } from '../../../contract/tablet-setup.ts';
import { format, t } from '../../i18n/i18n.ts';
import { QrCodeImage } from './qr-code-image.tsx';
import { activationUrl } from './tablet-url.ts';

/** A created code: the QR code a tablet scans, the code to type instead, its expiry and address. */
export function ActivationCard({
  issued,
  storeName,
  registerNumber,
  address,
}: {
  issued: ActivationCode;
  storeName: string;
  registerNumber: string;
  address: string;
}) {
  const url = activationUrl(address, issued.code);
  return (
    <div className="card activation-card" role="group" aria-labelledby="activation-card-heading">
      <h3 id="activation-card-heading">
        {t('addTablet.cardHeading', { store: storeName, number: registerNumber })}
      </h3>
      <QrCodeImage
        text={url}
        alt={t('addTablet.qrAlt', { store: storeName, number: registerNumber })}
      />
      <div className="activation-card-text">
        <p className="activation-code-label">{t('addTablet.code')}</p>
        <p className="activation-code">{issued.code}</p>
        <p>{t('addTablet.expires', { time: format().hourMinute(issued.expiresAt) })}</p>
        <p className="activation-address">{t('addTablet.opens', { url: address })}</p>
      </div>
    </div>
  );
}

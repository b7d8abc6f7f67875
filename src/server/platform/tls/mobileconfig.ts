import { X509Certificate, createHash } from 'node:crypto';

/**
 * An Apple configuration profile (`.mobileconfig`, an XML property list) that installs the
 * store CA as a root certificate on an iPad or iPhone. Its identifiers and UUIDs derive from the
 * CA's fingerprint, so downloading it twice gives the same profile (iOS replaces, not adds).
 */

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A UUID (version 5 layout) derived from the CA's DER and a label. */
function stableUuid(der: Buffer, label: string): string {
  const bytes = createHash('sha256').update(label).update(der).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The CA's common name (`<hostname> Store CA`), or its whole subject when it has none. */
function commonName(cert: X509Certificate): string {
  const line = cert.subject.split('\n').find((part) => part.startsWith('CN='));
  return line ? line.slice(3) : cert.subject;
}

/** The `.mobileconfig` XML for a CA certificate (PEM). */
export function storeCaMobileconfig(caPem: string): string {
  const cert = new X509Certificate(caPem);
  const der = cert.raw;
  const name = escapeXml(commonName(cert));
  const profileUuid = stableUuid(der, 'profile');
  const payloadUuid = stableUuid(der, 'root');
  const base64 = der.toString('base64').replace(/(.{64})/g, '$1\n\t\t\t');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>PayloadCertificateFileName</key>
			<string>store-ca.crt</string>
			<key>PayloadContent</key>
			<data>
			${base64}
			</data>
			<key>PayloadDescription</key>
			<string>Lets this device trust the store server's https certificate.</string>
			<key>PayloadDisplayName</key>
			<string>${name}</string>
			<key>PayloadIdentifier</key>
			<string>pos.store-ca.root.${payloadUuid}</string>
			<key>PayloadType</key>
			<string>com.apple.security.root</string>
			<key>PayloadUUID</key>
			<string>${payloadUuid}</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>${name}</string>
	<key>PayloadIdentifier</key>
	<string>pos.store-ca.${profileUuid}</string>
	<key>PayloadRemovalDisallowed</key>
	<false/>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>${profileUuid}</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
`;
}

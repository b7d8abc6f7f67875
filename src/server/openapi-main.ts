import { apiCatalog } from '../contract/api-catalog/api-catalog.ts';
import { joinCatalogs, serviceNames, type ServiceName } from '../contract/api-catalog/api-route.ts';
import { linkCatalog } from './link/link-api.ts';
import { buildOpenApiDocument } from './platform/openapi/openapi-document.ts';

/**
 * `npm run openapi [-- headquarters|scale-unit]`: prints a service's OpenAPI document as the
 * service serves it running alone (its API and its side of the link), or both by name.
 */
const [arg] = process.argv.slice(2);
const isService = (name: string): name is ServiceName => serviceNames.some((s) => s === name);
const document = (service: ServiceName) =>
  buildOpenApiDocument(joinCatalogs(apiCatalog, linkCatalog), { services: [service] });

if (arg === undefined) {
  const both = Object.fromEntries(serviceNames.map((service) => [service, document(service)]));
  process.stdout.write(`${JSON.stringify(both, null, 2)}\n`);
} else if (isService(arg)) {
  process.stdout.write(`${JSON.stringify(document(arg), null, 2)}\n`);
} else {
  process.stderr.write(`usage: npm run openapi [-- ${serviceNames.join('|')}]\n`);
  process.exitCode = 2;
}

import type { ApiRoute } from './api-route.ts';
import { headquartersApi } from './headquarters-api.ts';
import { linkApi } from './link-api.ts';
import { platformApi } from './platform-api.ts';
import { scaleUnitApi } from './scale-unit-api.ts';

/**
 * Every route of both services (issue 12), from which each service's OpenAPI document is
 * generated. A route the server registers must be here: server/platform/openapi's coverage test
 * fails otherwise. Test controls (/api/test/*) and static files are not part of the API.
 */
export const apiCatalog: readonly ApiRoute[] = [
  ...platformApi,
  ...scaleUnitApi,
  ...headquartersApi,
  ...linkApi,
];

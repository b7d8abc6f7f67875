import { apiComponents } from './api-components.ts';
import type { ApiCatalog } from './api-route.ts';
import { headquartersApi } from './headquarters-api.ts';
import { platformApi } from './platform-api.ts';
import { scaleUnitApi } from './scale-unit-api.ts';

/**
 * Every route of both services that the POS, the HQ console or an integrator calls (issue 12),
 * from which each service's OpenAPI document is generated. A route the server registers must be
 * here (server/platform/openapi's coverage test fails otherwise), except the HQ ↔ scale-unit
 * link's, which server/link describes with its own wire schemas, and what is no API: test
 * controls (/api/test/*) and static files.
 */
export const apiCatalog: ApiCatalog = {
  routes: [...platformApi, ...scaleUnitApi, ...headquartersApi],
  components: apiComponents,
};

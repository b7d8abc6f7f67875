import { promised, type HqLink } from '../link/link.ts';
import { buildChannelConfig } from './channel-config.ts';
import {
  addRealtimeAddress,
  createRealtimeCustomer,
  editRealtimeCustomer,
  issueRealtimeLoyaltyCard,
  searchRealtimeCustomers,
  type RealtimeDeps,
} from './realtime/realtime-service.ts';

/**
 * HQ's side of the link: what scale units ask of HQ (the Real-time Service and the channel
 * configuration), over HQ's database. Served in-process or over HTTP (see link/).
 */
export function createHqLinkService(deps: RealtimeDeps): HqLink {
  return {
    channelConfig: () => promised(() => buildChannelConfig(deps.hqDb)),
    createCustomer: (device, request) =>
      promised(() => createRealtimeCustomer(deps, device, request)),
    searchCustomers: (device, q) => promised(() => searchRealtimeCustomers(deps, device, q)),
    editCustomer: (device, account, request) =>
      promised(() => editRealtimeCustomer(deps, device, account, request)),
    addAddress: (device, account, request) =>
      promised(() => addRealtimeAddress(deps, device, account, request)),
    issueLoyaltyCard: (device, account) =>
      promised(() => issueRealtimeLoyaltyCard(deps, device, account)),
  };
}

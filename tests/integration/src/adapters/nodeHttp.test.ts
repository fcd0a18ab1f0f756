import { toNodeListener } from '@esign-kit/proxy/node';
import { listen } from '../servers.js';
import { describeAdapterContract, overHttp } from './adapterContract.js';

// Node's own `http` server with the proxy as its request listener.
describeAdapterContract('node:http (toNodeListener)', async (proxy) => {
  const server = await listen(toNodeListener(proxy));
  return overHttp(server.url, server.close);
});

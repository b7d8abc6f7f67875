import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ServicesProvider } from '../services/pos-services.tsx';
import { App } from './app.tsx';
import { createServices } from './create-services.ts';
import { requestPersistentStorage } from '../sync/queue-health.ts';
import './pos.css';

const services = createServices();
services.engine.start();
void requestPersistentStorage(services.db);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: 1 } } })}>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </QueryClientProvider>
  </StrictMode>,
);

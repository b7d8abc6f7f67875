import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { posI18n } from '../i18n/i18n.ts';
import { ServicesProvider } from '../services/pos-services.tsx';
import { App } from './app.tsx';
import { whenActivated } from '../db/stored-meta.ts';
import { createServices } from './create-services.ts';
import { whenIdle } from './when-idle.ts';
import { missingSecureContextApis, type SecureContextApi } from './secure-context.ts';
import './pos.css';

/**
 * Starts the register: services, service worker, the screens, then the sync loop, once the language
 * it starts in has its catalog (a register set to Japanese opens in Japanese).
 */
async function startRegister(root: Root): Promise<void> {
  const services = createServices();
  await posI18n.ready;
  // Issue 13: a transition, so React renders the first screen in slices of a few milliseconds
  // that yield to the browser, not in one long task (Lighthouse's total blocking time).
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider
          client={new QueryClient({ defaultOptions: { queries: { retry: 1 } } })}
        >
          <ServicesProvider services={services}>
            <App />
          </ServicesProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
  // Loads the sync layer (a chunk of its own) and starts it once the first screen is painted and
  // the browser idle, so its loading is not part of the first screen's work. Before activation the
  // register has nothing to send or fetch: the sync layer starts once it is activated (issue 13).
  void whenActivated(services.db).then(() => whenIdle(() => services.engine.start(), 1000));
}

/** Where the browser withholds what the register needs: one screen, loaded only then. */
async function explainInsecureContext(root: Root, missing: SecureContextApi[]): Promise<void> {
  const { InsecureContextScreen } =
    await import('../features/insecure-context/insecure-context-screen.tsx');
  root.render(
    <StrictMode>
      <InsecureContextScreen
        missing={missing}
        isSecureContext={window.isSecureContext}
        href={window.location.href}
      />
    </StrictMode>,
  );
}

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element.');
const root = createRoot(element);
// Decided before anything opens the database or registers the service worker.
const missing = missingSecureContextApis(window);
if (missing.length > 0) void explainInsecureContext(root, missing);
else void startRegister(root);

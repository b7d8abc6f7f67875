import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TabletPage } from './tablet-page.tsx';
import './tablet-page.css';

const root = document.getElementById('root');
if (!root) throw new Error('tablet/index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <TabletPage />
  </StrictMode>,
);

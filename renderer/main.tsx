import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyStoredDisplay } from './layout/display-preferences';
import './styles.css';

// The chosen theme before the first paint, so the window does not flash the other one.
applyStoredDisplay();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

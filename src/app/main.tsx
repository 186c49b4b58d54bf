import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/main.css';
import { bootstrap } from './bootstrap';

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const { element } = await bootstrap();
  createRoot(root).render(<StrictMode>{element}</StrictMode>);
}

void main();

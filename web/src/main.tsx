// Starts the page. Styles are imported here so Vite emits them as one stylesheet file
// (a <link>, allowed by style-src 'self'; see web/CSP.md).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/measures.css';
import './styles/article.css';
import './styles/tables.css';
import './styles/plots.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);

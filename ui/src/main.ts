import { mark } from './lib/marks';
import { starting } from './lib/boot';
import { mount } from 'svelte';
import App from './App.svelte';
import { setLocale } from './lib/i18n.svelte';
import './app.css';

const start = await starting;
mark('startup-answered');
if (start) setLocale(start.lang);
mount(App, { target: document.getElementById('app')!, props: { start } });
mark('mounted');

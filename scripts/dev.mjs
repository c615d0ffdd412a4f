// `pnpm dev`: the API in watch mode on API_PORT (3001) and Vite's dev server for the web on PORT (3000),
// which proxies /graphql and /healthz to the API. Ctrl+C stops both.
import { spawn } from 'node:child_process';

const apiPort = process.env.API_PORT ?? '3001';
const webPort = process.env.PORT ?? '3000';
const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', '--clear-screen=false', 'api/src/cli/main.ts', 'start', '--api-only'], {
    stdio: 'inherit',
    // The API draws report PDFs from the web app's print pages, which Vite serves here.
    env: { ...process.env, PORT: apiPort, SAMSYN_WEB_URL: process.env.SAMSYN_WEB_URL ?? `http://127.0.0.1:${webPort}` },
  }),
  spawn('pnpm', ['--filter', '@samsyn/web', 'exec', 'vite', 'dev', '--port', webPort, '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, SAMSYN_API_URL: `http://127.0.0.1:${apiPort}` },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } }));

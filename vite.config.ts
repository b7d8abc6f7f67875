import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/** The web app manifest belongs to the POS only: the HQ console is not the installable register. */
function hqWithoutManifest(): Plugin {
  return {
    name: 'hq-without-manifest',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.path.startsWith('/hq/') ? html.replace(/<link rel="manifest"[^>]*>/, '') : html,
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pos',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Store POS',
        short_name: 'POS',
        description: 'Point of sale register with offline customer creation',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // Icons and the manifest are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html}'],
        globIgnores: ['hq/**', 'assets/hq-*'],
      },
    }),
    hqWithoutManifest(),
  ],
  build: {
    rollupOptions: {
      input: { pos: 'index.html', hq: 'hq/index.html' },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compression } from 'vite-plugin-compression2';
import type { Plugin } from 'vite';

/**
 * The web app manifest belongs to the POS only: neither the HQ console nor the public tablet
 * setup page is the installable register.
 */
function onlyPosWithManifest(): Plugin {
  return {
    name: 'only-pos-with-manifest',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.path.startsWith('/hq/') || ctx.path.startsWith('/tablet/')
          ? html.replace(/<link rel="manifest"[^>]*>/, '')
          : html,
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
        // The console and the public tablet page are not the register: not in its precache.
        globIgnores: ['hq/**', 'assets/hq-*', 'tablet/**', 'assets/tablet-*', '**/*.{br,gz}'],
      },
    }),
    onlyPosWithManifest(),
    // Issue 13: brotli and gzip beside each text asset over 1 kB (the originals stay), served as
    // they are by @fastify/static's `preCompressed`; never listed in the precache (below).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|css|html|webmanifest|svg)$/,
      threshold: 1024,
    }),
  ],
  build: {
    rollupOptions: {
      input: { pos: 'index.html', hq: 'hq/index.html', tablet: 'tablet/index.html' },
      output: {
        // The register never imports src/tablet-setup (a lint rule), so a chunk holding any of it
        // serves only the console and the tablet page: named tablet-*, the precache skips it.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/src/tablet-setup/'))
            ? 'assets/tablet-[name]-[hash].js'
            : // Issue 13: a register chunk named after a module (contract/tablet-setup.ts) must not
              // look like the console's or the tablet page's to the precache's globIgnores.
              /^(hq|tablet)/.test(chunk.name)
              ? 'assets/register-[name]-[hash].js'
              : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

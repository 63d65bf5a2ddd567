import { defineConfig } from "vite";

export default defineConfig({
  build: { target: "es2022", chunkSizeWarningLimit: 2000 },
  // The audit worker is a module worker that loads pdfjs-dist on demand (code-split).
  worker: { format: "es" },
  preview: { host: "127.0.0.1" },
});

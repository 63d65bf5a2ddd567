import { defineConfig } from "vite";

export default defineConfig({
  build: { target: "es2022", chunkSizeWarningLimit: 2000 },
  preview: { host: "127.0.0.1" },
});

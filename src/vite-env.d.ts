/// <reference types="vite/client" />

/** True when the app runs on the embedded simulated server (no OCTOPUS_URL at build time). */
declare const __PERISCOPE_SIMULATED_SERVER__: boolean;

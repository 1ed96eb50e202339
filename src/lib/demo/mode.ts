/** Meta key of the demo tools' "Demo mode" switch (shows "Fill this step" on wizard steps). */
export const DEMO_MODE = 'demo.mode';

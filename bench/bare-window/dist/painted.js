// Once the page has been painted, tell the window (the same moment Shirube's UI reports).
requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('painted'));

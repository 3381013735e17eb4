/**
 * Loaded (`-r`) into the api the load benchmark starts: on the message "memory" it collects
 * garbage (the api runs with --expose-gc) and sends back its memory, so the figures are what is retained.
 */
process.on('message', (message) => {
  if (message !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  process.send?.({ rss, heapUsed, heapTotal });
});

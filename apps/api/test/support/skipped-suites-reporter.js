/**
 * Names every test file whose tests were all skipped, with the title of its outermost describe
 * block, which says why (the default reporter only counts them), so a suite that cannot run here,
 * such as the Meilisearch contract suite without MEILI_URL, is reported as skipped, with its
 * reason, in CI's output.
 */
class SkippedSuitesReporter {
  onRunComplete(_contexts, results) {
    for (const file of results.testResults) {
      const skipped = file.numPendingTests + file.numTodoTests;
      if (!file.skipped && !(skipped > 0 && skipped === file.testResults.length)) continue;
      const reasons = [...new Set(file.testResults.map((test) => test.ancestorTitles[0]))].join('; ');
      const name = file.testFilePath.slice(process.cwd().length + 1);
      console.log(`SKIPPED ${name} (${skipped} tests): ${reasons || 'no reason given'}`);
    }
  }
}

module.exports = SkippedSuitesReporter;

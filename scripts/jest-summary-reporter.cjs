// Prints one plain closing line ("tests: N passed, N failed, N skipped") after jest's own summary,
// so any reader of the run's last lines sees the counts in a runner-independent form.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } =
      results
    const failed = numFailedTests + numRuntimeErrorTestSuites
    process.stdout.write(
      `tests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}
module.exports = SummaryReporter

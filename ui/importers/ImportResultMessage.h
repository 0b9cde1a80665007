#pragma once

class QMainWindow;

namespace paceline {

struct ImportRunResult;

// What the window says when an import ends: the first line of each summary in the status bar,
// and a box when there is more to read (what changed, warnings, a failure). After a failure
// the box says which files stay imported, which were not attempted, and the batch rule.
void showImportResult(QMainWindow* window, const ImportRunResult& result);

} // namespace paceline

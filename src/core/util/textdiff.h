#pragma once

#include <QString>
#include <QStringList>

namespace fstudio {

// A line diff of two texts, as `diff -u` shows it: lines that stay are prefixed "  ", removed "- ",
// added "+ ", with `context` unchanged lines around each change and "@@ line N @@" before each
// hunk. Longest common subsequence of lines; texts with more than MaxLines lines on either side
// are not compared line by line (the answer says so).
namespace TextDiff {

constexpr int MaxLines = 5000;
constexpr qint64 MaxCells = 2'000'000; // lines before × lines after, once the shared start and end are left out

QString unified(const QString &before, const QString &after, int context = 3);

} // namespace TextDiff

} // namespace fstudio

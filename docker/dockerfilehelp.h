#pragma once

#include <QString>

// What each Dockerfile instruction does, in the course's words, with one example
// line. Translated through Tr, so the French comes from the translations.
namespace DockerfileHelp {
// keyword: upper or lower case. Empty for an unknown instruction.
QString explanation(const QString &keyword);
QString example(const QString &keyword); // not translated: it is Dockerfile text
// Explanation and example as rich text, for a tooltip.
QString toolTip(const QString &keyword);
} // namespace DockerfileHelp

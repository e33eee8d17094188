// editor_keystroke_ms: one keystroke in a 2,000-line Dockerfile, as the user
// pays for it when pausing after every key (the worst case): the key event
// through the editor (insert, re-highlight of the changed block, the
// completion check), then the full parse and lint the debounce timer runs
// once typing stops. Steady typing pays only the key event, reported apart.
// Median and 95th percentile of many keystrokes, offscreen, painting excluded.
#include "benchstats.h"
#include "extrabench.h"

#include <dockerfileeditor.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTextBlock>

#include <vector>

using namespace Qt::StringLiterals;

namespace {
// A realistic mix: stages, long continued RUNs, heredocs, flags, exec forms, comments.
QString makeDockerfile(int minLines)
{
    QString text = u"# syntax=docker/dockerfile:1\nARG BASE=debian:12\n"_s;
    int lines = 2;
    for (int stage = 0; lines < minLines; ++stage) {
        const QString part = uR"df(
FROM ${BASE} AS stage%1
# Packages for stage %1
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       curl ca-certificates git "build-essential" \
    && rm -rf /var/lib/apt/lists/*
ENV APP_HOME=/opt/app%1 PATH="/opt/app%1/bin:${PATH}"
WORKDIR /opt/app%1
COPY --chown=app:app --chmod=0755 src/ ./src/
RUN --mount=type=cache,target=/root/.cache <<EOF
set -e
echo "building ${APP_HOME}"
make -C src -j"$(nproc)" all
EOF
LABEL org.opencontainers.image.title="stage %1" version='1.%1'
EXPOSE 80%2/tcp 53/udp
HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:80%2/ || exit 1
USER app
CMD ["/opt/app/bin/server", "--port", "80%2"]
)df"_s.arg(stage).arg(stage % 10);
        text += part;
        lines += int(part.count(u'\n'));
    }
    return text;
}

bool runEditorBench(const ExtraBenchContext &context)
{
    DockerfileEditor editor;
    editor.resize(1000, 800);
    editor.show();
    editor.setPlainText(makeDockerfile(2000));
    editor.lintNow();
    const int lines = editor.blockCount();
    context.note(u"editor: %1 lines, %2 instructions, %3 lint issues"_s.arg(lines)
                     .arg(editor.dockerfile().instructions.size())
                     .arg(editor.lintIssues().size()));
    if (lines < 2000)
        return false;

    constexpr int Keystrokes = 400;
    std::vector<double> total, typing, lint;
    total.reserve(Keystrokes);
    QElapsedTimer timer;
    for (int k = 0; k < Keystrokes; ++k) {
        // Spread over the file; alternate typing and erasing so the file keeps its size.
        const int line = 5 + (k / 2 * 131) % (lines - 10);
        QTextCursor cursor(editor.document()->findBlockByNumber(line));
        cursor.movePosition(QTextCursor::EndOfBlock);
        if (k % 2 == 0)
            editor.setTextCursor(cursor);
        const bool erase = k % 2 == 1;
        QKeyEvent press(QEvent::KeyPress, erase ? Qt::Key_Backspace : Qt::Key_X, Qt::NoModifier,
                        erase ? QString() : u"x"_s);
        timer.start();
        QCoreApplication::sendEvent(&editor, &press);
        const qint64 typed = timer.nsecsElapsed();
        editor.lintNow();
        const qint64 all = timer.nsecsElapsed();
        typing.push_back(double(typed) / 1e6);
        lint.push_back(double(all - typed) / 1e6);
        total.push_back(double(all) / 1e6);
    }
    context.note(u"editor: key event median %1 ms, parse+lint median %2 ms"_s
                     .arg(BenchStats::median(typing), 0, 'f', 3)
                     .arg(BenchStats::median(lint), 0, 'f', 3));
    context.metric("editor_keystroke_ms", BenchStats::median(total));
    context.metric("editor_keystroke_p95_ms", BenchStats::percentile(total, 0.95));
    // The split: what the key itself costs (all a user pays while typing steadily),
    // and the parse + lint that runs once the debounce timer fires.
    context.metric("editor_key_event_ms", BenchStats::median(typing));
    context.metric("editor_key_event_p95_ms", BenchStats::percentile(typing, 0.95));
    context.metric("editor_lint_ms", BenchStats::median(lint));
    context.metric("editor_lint_p95_ms", BenchStats::percentile(lint, 0.95));
    return true;
}
} // namespace

static const bool registered = registerExtraBench(u"editor"_s, &runEditorBench);
